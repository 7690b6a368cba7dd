package org.factdesk.analysis.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.factdesk.analysis.Analysis;
import org.factdesk.analysis.ArticleAnalyzer;
import org.factdesk.analysis.SourceDocument;
import org.factdesk.analysis.extract.RuleBasedAnalyzer;
import org.junit.jupiter.api.Test;

/** Which part of a real-world page layout the engine takes as the story. */
class MainContentTest {

    private static final String P1 = "The regional parliament in Kiel passed a law on Wednesday that bans new oil "
            + "drilling off the coast, a decision environmental groups had demanded for a decade.";
    private static final String P2 = "\"This is the first ban of its kind in Germany,\" Environment Minister Lena Koch "
            + "told lawmakers after the vote, adding that 3 exploration licences would lapse.";
    private static final String P3 = "Industry representatives said they would challenge the law in court, arguing "
            + "that it breaks existing contracts signed in 2019.";
    private static final String OTHER = "Fishermen in Husum say the new harbour fees, which rise by a third next "
            + "year, will drive the last family boats out of business, the cooperative warned on Monday.";

    private final ArticleAnalyzer analyzer = new RuleBasedAnalyzer();

    private Analysis analyse(String head, String body) {
        var html = "<!doctype html><html><head>" + head + "</head><body>" + body + "</body></html>";
        return analyzer.analyze(new SourceDocument("page.html", html, SourceDocument.Format.HTML));
    }

    private static List<String> paragraphs(Analysis analysis) {
        return List.of(analysis.cleanedText().split("\n\n"));
    }

    @Test
    void paragraphsDirectlyInTheBodyAreTheStory() {
        assertEquals(List.of(P1), paragraphs(analyse("<title>Kiel</title>", "<p>" + P1 + "</p>")));
        assertEquals(List.of(P1, P2), paragraphs(analyse("", "<p>" + P1 + "</p><p>" + P2 + "</p>")));
    }

    @Test
    void aWrapperNamedLikeFurnitureStillHoldsTheStory() {
        var analysis = analyse("", "<div class='content-with-sidebar-wrp'><div class='field-body'><p>" + P1 + "</p><p>"
                + P2 + "</p><p>" + P3 + "</p></div></div>"
                + "<div class='sidebar'><p><a href='/x'>Most read today</a></p></div>");
        assertEquals(List.of(P1, P2, P3), paragraphs(analysis));
    }

    @Test
    void commentsAndTeasersInsideTheArticleAreNotTheStory() {
        var analysis = analyse("", "<article><p>" + P1 + "</p><p>" + P2 + "</p><div id='comments'><p>" + OTHER
                + "</p></div><article class='card'><p>" + OTHER + "</p></article></article>");
        assertEquals(List.of(P1, P2), paragraphs(analysis));
        assertTrue(analysis.removedTexts().contains(OTHER));
    }

    @Test
    void chunksOfTheStorySplitByAdsAreJoined() {
        var analysis = analyse("", "<div class='row'><div class='col'><div class='story-text'><p>" + P1 + "</p></div>"
                + "</div><div class='ad-slot'>Advertisement</div></div><div class='row'><div class='col'>"
                + "<div class='story-text'><p>" + P2 + "</p><p>" + P3 + "</p></div></div></div>");
        assertEquals(List.of(P1, P2, P3), paragraphs(analysis));
    }

    @Test
    void aTableRowReadsAsOneLine() {
        var analysis = analyse("", "<article><p>" + P1 + "</p><table><tr><th>Pos.</th><th>Driver</th><th>Points</th>"
                + "</tr><tr><td>1</td><td>Kyle Busch</td><td>5040</td></tr></table><p>" + P3 + "</p></article>");
        assertEquals(List.of(P1, "Pos. Driver Points", "1 Kyle Busch 5040", P3), paragraphs(analysis));
    }

    @Test
    void theHeadlineTheHeadDeclaresIsTheTitleNotPartOfTheBody() {
        var analysis = analyse("<title>Kiel bans offshore drilling | Nord Kurier</title>", "<article>"
                + "<h1>Kiel bans offshore drilling</h1><span class='byline'>By Jonas Weber</span><p>" + P1 + "</p><p>"
                + P2 + "</p></article>");
        assertEquals(List.of(P1, P2), paragraphs(analysis));
        assertEquals("Kiel bans offshore drilling", analysis.metadata().title());
        assertEquals("Jonas Weber", analysis.metadata().byline());
        assertTrue(analysis.removedTexts().contains("Kiel bans offshore drilling"));
    }

    @Test
    void callsToActionUnderTheStoryAreCut() {
        var analysis = analyse("", "<article><p>" + P1 + "</p><p>" + P2 + "</p><p>Follow Nord Kurier on Twitter and "
                + "Instagram for the latest news from the coast.</p><p>We rely on advertising to fund our journalism, "
                + "so please turn off your ad blocker.</p></article>");
        assertEquals(List.of(P1, P2), paragraphs(analysis));
    }
}
