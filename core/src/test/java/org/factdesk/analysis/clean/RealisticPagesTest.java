package org.factdesk.analysis.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.factdesk.analysis.Analysis;
import org.factdesk.analysis.RemovalReason;
import org.factdesk.analysis.RemovedLine;
import org.factdesk.analysis.SourceDocument;
import org.factdesk.analysis.extract.RuleBasedAnalyzer;
import org.junit.jupiter.api.Test;

/**
 * Whole pages of outlets nobody trained on, written for this test in several styles each (regional paper, wire
 * reprint on a markets site, broadcaster live page, election report; a news site with semantic markup, a local paper
 * with generated class names, a broadcaster with JSON-LD): the story stays, every line of site chrome goes with its
 * reason, and the title, byline, date and agency are read.
 */
class RealisticPagesTest {

    private final RuleBasedAnalyzer analyzer = new RuleBasedAnalyzer();

    private Analysis analyse(String file) {
        try (var in = getClass().getResourceAsStream("pages/" + file)) {
            return analyzer.analyze(SourceDocument.of(file, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> paragraphs(Analysis analysis) {
        return List.of(analysis.cleanedText().split("\n\n"));
    }

    private static void assertRemoved(Analysis analysis, RemovalReason reason, String... lines) {
        for (var line : lines) {
            assertTrue(analysis.removed().contains(new RemovedLine(line, reason)),
                    "expected " + reason + ": " + line + " in " + analysis.removed());
        }
    }

    @Test
    void regionalPaperPastedAsText() {
        var analysis = analyse("gazette-strike.txt");
        var metadata = analysis.metadata();
        assertEquals("Dock workers walk out at three ports as pay talks collapse", metadata.title());
        assertEquals("Anna Berg", metadata.byline());
        assertEquals(LocalDate.of(2024, 6, 9), metadata.publishedOn());
        var body = paragraphs(analysis);
        assertEquals(6, body.size(), body.toString());
        assertEquals(metadata.title(), body.get(0));
        assertTrue(body.get(1).startsWith("Dock workers at the ports of Eastmouth"));
        assertTrue(body.get(5).startsWith("Talks are due to resume on Thursday"));
        assertRemoved(analysis, RemovalReason.CONSENT, "We use cookies to improve your experience on our site and to "
                + "show you relevant advertising. By continuing to browse you agree to our use of cookies.");
        assertRemoved(analysis, RemovalReason.SHARE_BAR, "Listen to this article", "Share this article");
        assertRemoved(analysis, RemovalReason.NEWSLETTER, "Sign up to our Business Briefing newsletter");
        assertRemoved(analysis, RemovalReason.AUTHOR_BIO, "Anna Berg is the Gazette's shipping correspondent. She has "
                + "covered the ports for twelve years and previously worked at the Kelby Echo.");
        assertRemoved(analysis, RemovalReason.DISCLAIMER, "© 2024 Northern Harbour Gazette Ltd. All rights reserved.");
    }

    @Test
    void wireStoryReprintedOnAMarketsSite() {
        var analysis = analyse("marketwire-fine.txt");
        var metadata = analysis.metadata();
        assertEquals("Regulator fines Baltic Bank 120 million euros over money laundering checks", metadata.title());
        assertEquals("VILNIUS, June 9 (Reuters)", metadata.dateline());
        assertEquals("Reuters", metadata.agencies().get(0));
        assertEquals("Piotr Nowak, Laura Kim", metadata.byline());
        assertEquals(LocalDate.of(2024, 6, 9), metadata.publishedOn());
        var body = paragraphs(analysis);
        assertEquals(5, body.size(), body.toString());
        assertTrue(body.get(1).startsWith("VILNIUS, June 9 (Reuters) - Lithuania's central bank fined"));
        assertTrue(body.get(4).startsWith("Shares in the bank fell 6.2 percent"));
        assertRemoved(analysis, RemovalReason.BYLINE,
                "(Reporting by Piotr Nowak; Additional reporting by Laura Kim in London; Editing by Mark Hale)");
        assertRemoved(analysis, RemovalReason.DISCLAIMER, "Market data delayed by at least 15 minutes. Prices are "
                + "indicative only and do not constitute investment advice.");
    }

    @Test
    void liveBlogKeepsItsEntriesAndDropsTheirClockTimes() {
        var analysis = analyse("riverside-live.txt");
        var metadata = analysis.metadata();
        assertEquals("Dam breach: thousands evacuated as river floods valley towns", metadata.title());
        assertEquals("our correspondent in Lowbridge", metadata.byline());
        assertEquals(LocalDate.of(2024, 6, 11), metadata.publishedOn());
        var text = analysis.cleanedText();
        for (var entry : List.of("The mayor of Lowbridge, Helen Carter, said about 4,000 residents",
                "Engineers from the water authority said the breach", "Police said two people were missing")) {
            assertTrue(text.contains(entry), entry + " in " + text);
        }
        assertRemoved(analysis, RemovalReason.DATE, "10:42 BST", "10:15 BST", "09:50 BST");
        for (var chrome : List.of("Skip to content", "RIVERSIDE NEWS 24", "Show key events only",
                "Please turn on JavaScript", "Reuse this content", "Most viewed", "Lottery winner")) {
            assertTrue(!text.contains(chrome), chrome + " in " + text);
        }
    }

    @Test
    void electionReportWithAnAnonymousBylineAndAContributor() {
        var analysis = analyse("courier-election.txt");
        var metadata = analysis.metadata();
        assertEquals("Centrist alliance wins most seats but falls short of majority", metadata.title());
        assertEquals("our political correspondent", metadata.byline());
        assertEquals(LocalDate.of(2024, 6, 10), metadata.publishedOn());
        var body = paragraphs(analysis);
        assertEquals(5, body.size(), body.toString());
        assertTrue(body.get(4).startsWith("Alliance leader Sofia Marin told supporters"));
        assertRemoved(analysis, RemovalReason.BYLINE, "Tomas Reyes contributed to this report.");
        assertRemoved(analysis, RemovalReason.ADVERTISEMENT, "Advertisement");
    }

    @Test
    void newsSiteWithSemanticMarkup() {
        var analysis = analyse("harbourtimes-strike.html");
        var metadata = analysis.metadata();
        assertEquals("Port strike enters second day as ships queue offshore", metadata.title());
        assertEquals("Lena Fischer", metadata.byline());
        assertEquals("Harbour Times", metadata.outlet());
        assertEquals(LocalDate.of(2024, 6, 10), metadata.publishedOn());
        var body = paragraphs(analysis);
        assertEquals(5, body.size(), body.toString());
        assertTrue(body.get(0).startsWith("The strike at the ports of Eastmouth"));
        assertTrue(body.get(4).startsWith("The employment ministry said an independent mediator"));
        assertRemoved(analysis, RemovalReason.CONSENT, "We and our partners use cookies and similar technologies to "
                + "store and access information on your device, to personalise content and ads and to measure their "
                + "performance. You can change your choices at any time in the privacy settings.");
        assertRemoved(analysis, RemovalReason.CAPTION,
                "Container ships at anchor off Eastmouth on Tuesday. Photo: Karl Weiss / Harbour Times");
        assertRemoved(analysis, RemovalReason.NEWSLETTER, "Sign up for our free newsletter and get the most important "
                + "business news in your inbox every weekday morning.");
        assertRemoved(analysis, RemovalReason.AUTHOR_BIO, "Lena Fischer covers shipping, ports and trade for the "
                + "Harbour Times. She joined the paper in 2015 after ten years at a news agency in Hamburg.");
        assertRemoved(analysis, RemovalReason.COMMENTS, "About time the workers stood up for themselves. The owners "
                + "have made a fortune this year and still offer crumbs.");
        assertRemoved(analysis, RemovalReason.RELATED_LINKS, "Read letters to the editor about the port dispute");
    }

    @Test
    void localPaperWithGeneratedClassNames() {
        var analysis = analyse("valleypost-dam.html");
        var metadata = analysis.metadata();
        assertEquals("Evacuation order extended as dam repairs stall", metadata.title());
        assertEquals("Daniel Price", metadata.byline());
        assertEquals(LocalDate.of(2024, 6, 12), metadata.publishedOn());
        var body = paragraphs(analysis);
        assertEquals(4, body.size(), body.toString());
        assertTrue(body.get(0).startsWith("The county extended its evacuation order"));
        assertTrue(body.get(3).startsWith("Crews were pumping water out of the lower town"));
        assertRemoved(analysis, RemovalReason.ADVERTISEMENT, "ADVERTISEMENT");
        assertRemoved(analysis, RemovalReason.BYLINE,
                "Daniel Price contributed to this report from Ashby. Reporting by Emma Wood.");
        assertRemoved(analysis, RemovalReason.NEWSLETTER, "Support local journalism. Subscribe today for just $1 a "
                + "week and get unlimited access to our reporting.");
    }

    @Test
    void broadcasterWithJsonLdAndAMarketDataNotice() {
        var analysis = analyse("channel9-fine.html");
        var metadata = analysis.metadata();
        assertEquals("Regulator fines Baltic Bank over laundering checks", metadata.title());
        assertEquals("Ines Moreau", metadata.byline());
        assertEquals(LocalDate.of(2024, 6, 9), metadata.publishedOn());
        var text = analysis.cleanedText();
        for (var paragraph : List.of("Lithuania's central bank has fined Baltic Bank 120 million euros",
                "Investigators found that the bank had processed transfers", "Baltic Bank said it would appeal.",
                "The bank's shares fell 6 percent when trading opened on Monday.")) {
            assertTrue(text.contains(paragraph), paragraph + " in " + text);
        }
        for (var chrome : List.of("Skip to main content", "Listen to this story", "Share this story",
                "More from Money", "Inflation falls", "Money desk | 15:20")) {
            assertTrue(!text.contains(chrome), chrome + " in " + text);
        }
    }
}
