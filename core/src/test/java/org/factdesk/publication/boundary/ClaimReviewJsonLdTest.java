package org.factdesk.publication.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.factdesk.review.entity.Verdict;
import org.junit.jupiter.api.Test;

class ClaimReviewJsonLdTest {

    private static final ClaimReviewJsonLd.Author AUTHOR = new ClaimReviewJsonLd.Author("Factdesk", "https://desk.example/", null);

    private final PublishedClaim claim = new PublishedClaim(7, "\"We are proud </script> of this industry\"", "Vladimir Putin",
            Verdict.MOSTLY_TRUE, "Rationale", List.of(), "Jane Miller", 3, "Putin meets Kim", "https://example.org/a",
            List.of("https://example.org/b"), "Sputnik", LocalDate.of(2023, 9, 13),
            Instant.parse("2023-09-14T10:00:00Z"), Instant.parse("2023-09-15T08:30:00Z"));

    @Test
    void carriesTheClaimTheRatingAndWhereTheClaimAppeared() {
        var json = ClaimReviewJsonLd.of(claim, "https://desk.example/factcheck/claim.xhtml?id=7", AUTHOR);

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
        var embedded = org.factdesk.shared.boundary.ScriptJson.of(ClaimReviewJsonLd.of(claim, "u", AUTHOR));
        assertFalse(embedded.contains("</script>"));
        assertFalse(embedded.contains("<"));
        var parsed = jakarta.json.Json.createReader(new java.io.StringReader(embedded)).readObject();
        assertEquals(claim.claimText(), parsed.getString("claimReviewed"));
    }

    @Test
    void theRatingCarriesTheLabelTheDeskChoseForThePage() {
        var json = ClaimReviewJsonLd.of(claim, "Überwiegend wahr", "u", AUTHOR);

        assertEquals("Überwiegend wahr", json.getJsonObject("reviewRating").getString("alternateName"));
        assertEquals(4, json.getJsonObject("reviewRating").getInt("ratingValue"));
    }

    @Test
    void theNewsroomSignsTheReviewWithItsAddressAndLogo() {
        var author = new ClaimReviewJsonLd.Author("Gazette Fact Desk", "https://gazette.example/", "https://desk.example/factcheck/logo?v=3");

        var signed = ClaimReviewJsonLd.of(claim, "u", author).getJsonObject("author");

        assertEquals("Organization", signed.getString("@type"));
        assertEquals("Gazette Fact Desk", signed.getString("name"));
        assertEquals("https://gazette.example/", signed.getString("url"));
        assertEquals("https://desk.example/factcheck/logo?v=3", signed.getJsonObject("logo").getString("url"));
        assertFalse(ClaimReviewJsonLd.of(claim, "u", AUTHOR).getJsonObject("author").containsKey("logo"), "no logo, no logo property");
    }

    @Test
    void everyRatedVerdictLiesInsideTheDeclaredRange() {
        for (var verdict : Verdict.values()) {
            var rating = ClaimReviewJsonLd.of(withVerdict(verdict), "u", AUTHOR).getJsonObject("reviewRating");
            assertEquals(verdict.label(), rating.getString("alternateName"));
            if (rating.containsKey("ratingValue")) {
                var value = rating.getInt("ratingValue");
                assertTrue(value >= rating.getInt("worstRating") && value <= rating.getInt("bestRating"),
                        verdict + " rated " + value + " outside " + rating);
            }
        }
    }

    @Test
    void unverifiableIsNamedButNotPutOnTheNumericScale() {
        var rating = ClaimReviewJsonLd.of(withVerdict(Verdict.UNVERIFIABLE), "u", AUTHOR).getJsonObject("reviewRating");

        assertEquals("Rating", rating.getString("@type"));
        assertEquals("Unverifiable", rating.getString("alternateName"));
        assertFalse(rating.containsKey("ratingValue"), "no number claims how true an unverifiable claim is: " + rating);
        assertFalse(rating.containsKey("bestRating"), "no scale without a value on it: " + rating);
        assertFalse(rating.containsKey("worstRating"), "no scale without a value on it: " + rating);
    }

    private PublishedClaim withVerdict(Verdict verdict) {
        return new PublishedClaim(claim.claimId(), claim.claimText(), claim.speaker(), verdict, claim.rationale(), claim.evidence(),
                claim.reviewerName(), claim.articleId(), claim.articleTitle(), claim.articleUrl(), claim.otherAppearances(),
                claim.outlet(), claim.articleDate(), claim.publishedAt(), claim.modifiedAt());
    }
}
