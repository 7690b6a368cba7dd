package org.factdesk.analysis.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.factdesk.analysis.RemovalReason;
import org.factdesk.analysis.RemovedLine;
import org.junit.jupiter.api.Test;

/** Each cleaning rule on a small story from an outlet the rules have never seen. */
class TextCleanerTest {

    private static final String BODY_1 = "The city council of Lisbon approved a new budget on Tuesday, raising spending "
            + "on public transport by 12 percent compared with last year.";
    private static final String BODY_2 = "Mayor Ana Sousa said the budget would fund three new tram lines and longer "
            + "night services across the city.";
    private static final String BODY_3 = "Opposition councillors voted against the budget, arguing that transport fares "
            + "should have been frozen for another year.";

    private final TextCleaner cleaner = new TextCleaner();

    private CleanedText clean(String... lines) {
        return cleaner.clean(String.join("\n\n", lines));
    }

    private static List<String> removed(CleanedText cleaned) {
        return cleaned.removals().stream().map(RemovedLine::text).toList();
    }

    @Test
    void cutsSeeAlsoGluedToTheEndOfAParagraph() {
        var cleaned = clean(BODY_1 + " See also Why tram fares keep rising in Porto", BODY_2, BODY_3);
        assertEquals(List.of(BODY_1, BODY_2, BODY_3), cleaned.paragraphs());
        assertEquals(List.of("See also Why tram fares keep rising in Porto"), removed(cleaned));
    }

    @Test
    void aBreadcrumbIsNavigationAndASentenceCaseHeadlineIsTheTitle() {
        var cleaned = clean("Home > Europe > Portugal", "Lisbon budget: more money for trams", BODY_1, BODY_2, BODY_3);
        assertEquals("Lisbon budget: more money for trams", cleaned.title());
        assertTrue(removed(cleaned).contains("Home > Europe > Portugal"), removed(cleaned).toString());
        assertTrue(cleaned.paragraphs().containsAll(List.of(BODY_1, BODY_2, BODY_3)));
    }

    @Test
    void aShortStoryInPlainTextLeadsWithItsHeadline() {
        var cleaned = clean("Dockers strike in Harwick",
                "Some 2,000 dock workers at the port of Harwick walked out on Monday after pay talks broke down.",
                "\"We have waited three years for a fair offer,\" union leader Maria Quell told reporters.");
        assertEquals("Dockers strike in Harwick", cleaned.title());
        assertTrue(removed(cleaned).isEmpty(), removed(cleaned).toString());
    }

    @Test
    void keepsAPathOfFullSentences() {
        var sentence = "The tram runs Lisbon > Belém > Algés > Cruz Quebrada every ten minutes on weekdays, the operator said.";
        var cleaned = clean(BODY_1, sentence, BODY_2);
        assertTrue(cleaned.paragraphs().contains(sentence));
    }

    @Test
    void keepsSeeAlsoInsideASentence() {
        var sentence = "Councillors will see also how the plan affects pensioners, the mayor said on Tuesday in Lisbon.";
        var cleaned = clean(BODY_1, sentence, BODY_2);
        assertTrue(cleaned.paragraphs().contains(sentence));
    }

    @Test
    void dropsLoremIpsumInAnyOrder() {
        var filler = "Vivamus elementum semper nisi, aenean vulputate eleifend tellus, porttitor consequat.";
        var cleaned = clean(filler, BODY_1, BODY_2);
        assertEquals(List.of(filler), removed(cleaned));
        assertTrue(LoremIpsum.isFiller("Sed ut perspiciatis unde omnis, lorem ipsum dolor sit amet consectetur"));
        assertFalse(LoremIpsum.isFiller(BODY_1));
        assertFalse(LoremIpsum.isFiller("Et tu, Brute? asked the actor in Rome."));
    }

    @Test
    void dropsCommentFormsRelatedLinksAndToolbarLabels() {
        var cleaned = clean(BODY_1, BODY_2, BODY_3, "Share on Facebook", "Read more: Porto opens metro line",
                "You may also like", "Leave a comment", "Cancel reply",
                "Your email address will not be published.", "Advertisement");
        assertEquals(List.of(BODY_1, BODY_2, BODY_3), cleaned.paragraphs());
        assertEquals(7, cleaned.removals().size());
    }

    @Test
    void dropsSignOffsHandlesAndCaptions() {
        var cleaned = clean(BODY_1, "The mayor at the council meeting. Photo: Jane Roe / Reuters", BODY_2,
                "Ana Sousa speaks to reporters © Joao Silva / AFP", BODY_3, "JS/AB", "editor");
        assertEquals(List.of(BODY_1, BODY_2, BODY_3), cleaned.paragraphs());
        assertEquals(RemovalReason.CAPTION, cleaned.removals().get(0).reason());
        assertEquals(List.of("The mayor at the council meeting. Photo: Jane Roe / Reuters",
                "Ana Sousa speaks to reporters © Joao Silva / AFP", "JS/AB", "editor"), removed(cleaned));
    }

    @Test
    void dropsCaptionsWhateverTheCreditStyle() {
        var caption = "Mayor Ana Sousa speaks in Lisbon on Tuesday. Photograph: Joao Silva/AP";
        var cleaned = clean(BODY_1, caption, BODY_2, "Workers repair tram tracks. Jane Roe/Reuters", BODY_3);
        assertEquals(List.of(BODY_1, BODY_2, BODY_3), cleaned.paragraphs());
    }

    @Test
    void cutsPhotoCreditGluedToALongParagraph() {
        var longParagraph = BODY_1 + " " + BODY_2;
        var cleaned = clean(longParagraph + " © Joao Silva / AFP", BODY_3);
        assertEquals(List.of(longParagraph, BODY_3), cleaned.paragraphs());
        assertEquals(List.of("© Joao Silva / AFP"), removed(cleaned));
    }

    @Test
    void dropsTitleCasedNoticesAfterTheStory() {
        var cleaned = clean(BODY_1, BODY_2, BODY_3, "Our Standards: The Harbour Media Editorial Principles.");
        assertEquals(List.of(BODY_1, BODY_2, BODY_3), cleaned.paragraphs());
    }

    @Test
    void findsHeadlineDropsKickerAndCountsARepeatedTitleOnce() {
        var title = "Lisbon Approves Budget With More Money for Trams";
        var cleaned = clean("Local News", "Sign up for our newsletter to get the latest news", title, title,
                BODY_1, BODY_2);
        assertEquals(title, cleaned.title());
        assertEquals(List.of(title, BODY_1, BODY_2), cleaned.paragraphs());
        assertEquals(List.of("Local News", "Sign up for our newsletter to get the latest news", title), removed(cleaned));
        assertEquals(RemovalReason.DUPLICATE, cleaned.removals().get(2).reason());
    }

    @Test
    void dropsUnrelatedSectionLabelsBetweenParagraphs() {
        var cleaned = clean(BODY_1, "Trending Now", BODY_2, "Night services", BODY_3);
        assertEquals(List.of(BODY_1, BODY_2, "Night services", BODY_3), cleaned.paragraphs());
        assertEquals(List.of("Trending Now"), removed(cleaned));
    }

    @Test
    void cutsDateLabelGluedBeforeTheFirstSentence() {
        var cleaned = clean("Published: 14 March 2024 " + BODY_1, BODY_2);
        assertEquals(List.of(BODY_1, BODY_2), cleaned.paragraphs());
        assertEquals(RemovalReason.DATE, cleaned.removals().get(0).reason());
    }

    @Test
    void pageOfBoilerplateOnlyLeavesNothing() {
        var cleaned = clean("Home", "Menu", "Share", "Leave a Reply", "Related Posts", "admin", "Post Widget 3");
        assertTrue(cleaned.text().isEmpty());
        assertNull(cleaned.title());
        assertEquals(7, cleaned.removals().size());
    }
}
