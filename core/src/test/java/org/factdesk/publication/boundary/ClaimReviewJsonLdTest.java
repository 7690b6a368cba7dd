package org.factdesk.publication.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.factdesk.review.entity.Verdict;
import org.junit.jupiter.api.Test;

class ClaimReviewJsonLdTest {

    private final PublishedClaim claim = new PublishedClaim(7, "\"We are proud </script> of this industry\"", "Vladimir Putin",
            Verdict.MOSTLY_TRUE, "Rationale", List.of(), "Jane Miller", 3, "Putin meets Kim", "https://example.org/a",
            List.of("https://example.org/b"), "Sputnik", LocalDate.of(2023, 9, 13),
            Instant.parse("2023-09-14T10:00:00Z"), Instant.parse("2023-09-15T08:30:00Z"));

    @Test
    void carriesTheClaimTheRatingAndWhereTheClaimAppeared() {
        var json = ClaimReviewJsonLd.of(claim, "https://desk.example/factcheck/claim.xhtml?id=7", "Factdesk", "https://desk.example/");

        assertEquals("ClaimReview", json.getString("@type"));
        assertEquals(claim.claimText(), json.getString("claimReviewed"));
        var rating = json.getJsonObject("reviewRating");
        assertEquals(4, rating.getInt("ratingValue"));
        assertEquals(5, rating.getInt("bestRating"));
        assertEquals(1, rating.getInt("worstRating"));
        assertEquals("Mostly true", rating.getString("alternateName"));
        var item = json.getJsonObject("itemReviewed");
        assertEquals("Claim", item.getString("@type"));
        assertEquals("Vladimir Putin", item.getJsonObject("author").getString("name"));
        assertEquals("https://example.org/a", item.getJsonArray("appearance").getJsonObject(0).getString("url"));
        assertEquals("https://example.org/b", item.getJsonArray("appearance").getJsonObject(1).getString("url"));
        assertEquals("2023-09-14", json.getString("datePublished"));
        assertEquals("2023-09-15T08:30:00Z", json.getString("dateModified"));
        assertEquals("https://desk.example/factcheck/claim.xhtml?id=7", json.getString("url"));
    }

    @Test
    void theScriptElementFormCannotBeClosedByTheClaimText() {
        var embedded = org.factdesk.shared.boundary.ScriptJson.of(ClaimReviewJsonLd.of(claim, "u", "Factdesk", "https://desk.example/"));
        assertFalse(embedded.contains("</script>"));
        assertFalse(embedded.contains("<"));
        var parsed = jakarta.json.Json.createReader(new java.io.StringReader(embedded)).readObject();
        assertEquals(claim.claimText(), parsed.getString("claimReviewed"));
    }

    @Test
    void theRatingCarriesTheLabelTheDeskChoseForThePage() {
        var json = ClaimReviewJsonLd.of(claim, "Überwiegend wahr", "u", "Factdesk", "https://desk.example/");

        assertEquals("Überwiegend wahr", json.getJsonObject("reviewRating").getString("alternateName"));
        assertEquals(4, json.getJsonObject("reviewRating").getInt("ratingValue"));
    }
}
