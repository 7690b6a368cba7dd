package org.factdesk.analysis.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.factdesk.analysis.Analysis;
import org.factdesk.analysis.ArticleAnalyzer;
import org.factdesk.analysis.EngineWarning;
import org.factdesk.analysis.SourceDocument;
import org.factdesk.analysis.extract.ClaimExtractor;
import org.factdesk.analysis.extract.RuleBasedAnalyzer;
import org.junit.jupiter.api.Test;

/**
 * Hostile and broken input: the engine answers with a warning and never throws. How fast it answers is measured
 * by the JMH benchmark, not asserted here; the surefire fork timeout stops the build if a rule ever hangs.
 */
class RobustnessTest {

    private final ArticleAnalyzer analyzer = new RuleBasedAnalyzer();

    private Analysis analyse(String content, SourceDocument.Format format) {
        return analyzer.analyze(new SourceDocument("x", content, format));
    }

    @Test
    void emptyAndBlankInputWarn() {
        for (var content : new String[] {"", "   \n\n\t  ", "\n"}) {
            var analysis = analyse(content, SourceDocument.Format.TEXT);
            assertEquals("", analysis.cleanedText());
            assertTrue(analysis.warnings().contains(DocumentCleaner.NO_TEXT), analysis.warnings().toString());
        }
    }

    @Test
    void textWithoutSentencesWarns() {
        var analysis = analyse("Home\nMenu\nLogin\n----\n12:30", SourceDocument.Format.TEXT);
        assertTrue(analysis.sentences().isEmpty());
        assertTrue(analysis.warnings().contains(DocumentCleaner.NO_TEXT));
    }

    @Test
    void allBoilerplateHtmlWarns() {
        var html = "<html><body><nav><a href='/'>Home</a></nav><div class='sidebar'>Trending</div>"
                + "<footer>© 2024 Example Media. All rights reserved.</footer></body></html>";
        var analysis = analyse(html, SourceDocument.Format.HTML);
        assertEquals("", analysis.cleanedText());
        assertTrue(analysis.warnings().contains(DocumentCleaner.NO_TEXT));
        assertFalse(analysis.removedTexts().isEmpty());
    }

    @Test
    void hugeInputIsTruncatedWithAWarning() {
        var paragraph = "The committee met on Monday and said that 42 percent of the 2023 budget was spent. ";
        var huge = paragraph.repeat(50_000_000 / paragraph.length() + 1);
        var analysis = analyse(huge, SourceDocument.Format.TEXT);
        assertTrue(analysis.warnings().contains(EngineWarning.of("engine.truncated", InputGuard.MAX_CHARS)),
                analysis.warnings().toString());
        assertTrue(analysis.cleanedText().length() <= InputGuard.MAX_CHARS);
        assertTrue(analysis.claims().size() <= ClaimExtractor.MAX_CLAIMS);
    }

    @Test
    void hugeSingleLineWithoutSpacesIsBounded() {
        var analysis = analyse("a.\"'(".repeat(1_000_000), SourceDocument.Format.TEXT);
        assertTrue(analysis.warnings().stream().anyMatch(w -> w.code().equals("engine.truncated")));
    }

    @Test
    void binaryInputIsRefused() {
        var bytes = new byte[100_000];
        new Random(7).nextBytes(bytes);
        var analysis = analyse(new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1), SourceDocument.Format.TEXT);
        assertEquals("", analysis.cleanedText());
        assertTrue(analysis.warnings().stream().anyMatch(w -> w.code().equals("engine.binary")),
                analysis.warnings().toString());
    }

    @Test
    void controlCharactersAndBrokenSurrogatesAreRemoved() {
        var text = "The minister\u0000 said on\u0007 Friday that \uD800 exports rose 5 percent in 2023 compared with"
                + " the year before\uDC00, according to the statistics office\u0001.";
        var analysis = analyse(text, SourceDocument.Format.TEXT);
        assertFalse(analysis.cleanedText().chars().anyMatch(c -> Character.isISOControl(c) && c != '\n'));
        assertFalse(analysis.cleanedText().chars().anyMatch(c -> Character.isSurrogate((char) c)));
        assertTrue(analysis.warnings().contains(EngineWarning.of("engine.controlCharacters", 5)), analysis.warnings().toString());
        assertTrue(analysis.cleanedText().startsWith("The minister said on Friday that"));
    }

    @Test
    void hugeHtmlPasteIsTruncatedAndStillRead() {
        var paragraph = "<p>The committee met on Monday and said that 42 percent of the 2023 budget was spent.</p>\n";
        var huge = "<html><body><article>" + paragraph.repeat(50_000_000 / paragraph.length() + 1);
        var analysis = analyse(huge, SourceDocument.Format.HTML);
        assertTrue(analysis.warnings().contains(EngineWarning.of("engine.truncated", InputGuard.MAX_CHARS)),
                analysis.warnings().toString());
        assertTrue(analysis.cleanedText().startsWith("The committee met on Monday"), analysis.cleanedText());
    }

    @Test
    void paragraphsAtEveryLevelOfDeepNestingAreBounded() {
        var level = "<div class='c'><p>The minister said on Friday that exports rose 5 percent, more than expected."
                + "</p>";
        var analysis = analyse("<html><body>" + level.repeat(5_000) + "</body></html>", SourceDocument.Format.HTML);
        assertTrue(analysis.cleanedText().contains("exports rose 5 percent"), analysis.warnings().toString());
    }

    @Test
    void binaryUploadedAsHtmlIsRefused() {
        var bytes = new byte[200_000];
        new Random(11).nextBytes(bytes);
        var analysis = analyse(new String(bytes, StandardCharsets.ISO_8859_1), SourceDocument.Format.HTML);
        assertEquals("", analysis.cleanedText());
        assertTrue(analysis.warnings().stream().anyMatch(w -> w.code().equals("engine.binary")),
                analysis.warnings().toString());
    }

    @Test
    void invalidUtf8InHtmlIsDroppedWithAWarning() {
        var bytes = ("<html><body><article><p>The port handled 12 percent more containers in the first quarter, "
                + "the authority said on Thursday.</p></article></body></html>").getBytes(StandardCharsets.UTF_8);
        var broken = java.util.Arrays.copyOf(bytes, bytes.length + 3);
        System.arraycopy(bytes, 30, broken, 33, bytes.length - 30);
        broken[30] = (byte) 0xC3;
        broken[31] = (byte) 0x28;
        broken[32] = (byte) 0xFF;
        var analysis = analyse(new String(broken, StandardCharsets.UTF_8), SourceDocument.Format.HTML);
        assertTrue(analysis.warnings().contains(EngineWarning.of("engine.controlCharacters", 2)),
                analysis.warnings().toString());
        assertFalse(analysis.cleanedText().contains("\uFFFD"));
        assertTrue(analysis.cleanedText().contains("12 percent more containers"), analysis.cleanedText());
    }

    @Test
    void emptyAndLinkOnlyPagesWarn() {
        var linksOnly = "<html><body><ul><li><a href='/a'>Storm hits the coast</a></li><li><a href='/b'>League results"
                + "</a></li><li><a href='/c'>Markets close higher</a></li></ul></body></html>";
        for (var html : new String[] {"<html></html>", linksOnly}) {
            var analysis = analyse(html, SourceDocument.Format.HTML);
            assertEquals("", analysis.cleanedText());
            assertTrue(analysis.warnings().contains(DocumentCleaner.NO_TEXT), analysis.warnings().toString());
        }
    }

    @Test
    void aRoleOverlappingTheNameInsideItIsNoFailure() {
        var analysis = analyse("Alibaba cut the price of its cloud servers by a third on Monday, Alibaba said in a "
                + "statement.\nAn Alibaba spokesperson declined to comment on the pricing to Reuters.",
                SourceDocument.Format.TEXT);
        assertTrue(analysis.warnings().isEmpty(), analysis.warnings().toString());
    }
}
