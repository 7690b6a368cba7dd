package org.factdesk.web.factcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.factdesk.publication.boundary.PublishedArticle;
import org.factdesk.publication.boundary.PublishedClaim;
import org.factdesk.publication.boundary.RetractionNotice;
import org.factdesk.review.entity.Verdict;
import org.junit.jupiter.api.Test;

class SharePreviewsTest {

    private static final Instant PUBLISHED = Instant.parse("2023-09-14T10:00:00Z");
    private static final String IMAGE = "https://factcheck.example/jakarta.faces.resource/img/share.png.xhtml?v=1";

    private static PublishedClaim claim(long id, Verdict verdict, String text) {
        return new PublishedClaim(id, text, "Vladimir Putin", verdict,
                "The Kremlin transcript of the meeting records these words, and the video confirms them apart from a slip "
                        + "of the translator that changed the number of launches planned for the next year from twelve to twenty.",
                List.of(), "Jane Miller", 3, "Putin meets Kim", "https://example.org/a", List.of(), "Sputnik",
                LocalDate.of(2023, 9, 13), PUBLISHED, PUBLISHED);
    }

    @Test
    void aClaimsPreviewLeadsWithTheVerdictAndPointsAtItsCanonicalAddress() {
        var share = SharePreviews.ofClaim(claim(7, Verdict.MOSTLY_TRUE, "We are proud of how our space industry is developing"),
                "Mostly true", "Gazette Fact Desk", Locale.ENGLISH, IMAGE);

        assertEquals("Fact-check: “We are proud of how our space industry is developing”", share.title());
        assertTrue(share.description().startsWith("Our verdict: Mostly true. The Kremlin transcript"), share.description());
        assertTrue(share.description().length() <= SharePreview.DESCRIPTION_MAX, share.description());
        assertTrue(share.description().endsWith("…"), "a long rationale is cut at a word: " + share.description());
        assertEquals(PublicLinks.claim(7), share.url());
        assertEquals("article", share.type());
        assertEquals("Gazette Fact Desk", share.siteName());
        assertEquals("en_GB", share.locale());
        assertEquals(IMAGE, share.imageUrl());
        assertEquals("Fact-check by Gazette Fact Desk", share.imageAlt());
        assertEquals("2023-09-14T10:00:00Z", share.publishedTime());
    }

    @Test
    void anArticlesPreviewCountsItsVerdictsInTheReadersLanguage() {
        var article = new PublishedArticle(3, "Putin trifft Kim", "Sputnik", "https://example.org/a", LocalDate.of(2023, 9, 13),
                PUBLISHED, PUBLISHED, List.of(claim(7, Verdict.FALSE, "a"), claim(8, Verdict.MOSTLY_TRUE, "b"), claim(9, Verdict.FALSE, "c")));

        var share = SharePreviews.ofArticle(article, v -> v == Verdict.FALSE ? "Falsch" : "Überwiegend wahr", "Factdesk",
                Locale.GERMAN, IMAGE);

        assertEquals("Faktencheck: Putin trifft Kim", share.title());
        assertEquals("3 Behauptungen aus dem Bericht von Sputnik geprüft: Überwiegend wahr (1), Falsch (2).", share.description());
        assertEquals("de_DE", share.locale());
        assertEquals(PublicLinks.article(3), share.url());
    }

    @Test
    void aRetractedFactChecksPreviewRepeatsNoVerdict() {
        var notice = new RetractionNotice(3, "Putin meets Kim", "Sputnik", PUBLISHED, PUBLISHED.plusSeconds(3600),
                "The transcript we relied on was not the final one.", List.of("We are proud"));

        var share = SharePreviews.ofRetraction(notice, PublicLinks.article(3), "Factdesk", Locale.ENGLISH, IMAGE);

        assertEquals("Retracted fact-check: Putin meets Kim", share.title());
        assertEquals("We retracted this fact-check. Why: The transcript we relied on was not the final one.", share.description());
        assertFalse(share.description().contains("Mostly"));
    }

    @Test
    void aLongTitleIsCutAtAWord() {
        var text = "word ".repeat(40);
        var share = SharePreviews.ofClaim(claim(7, Verdict.TRUE, text), "True", "Factdesk", Locale.ENGLISH, IMAGE);
        assertTrue(share.title().length() <= SharePreview.TITLE_MAX + "Fact-check: “”".length(), share.title());
        assertTrue(share.title().endsWith("word…”"), share.title());
    }
}
