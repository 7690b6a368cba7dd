package org.factdesk.analysis.clean;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.factdesk.analysis.ArticleAnalyzer;
import org.factdesk.analysis.Seeds;
import org.factdesk.analysis.SourceDocument;
import org.factdesk.analysis.extract.RuleBasedAnalyzer;
import org.junit.jupiter.api.Test;

/** An editor restores a line cleaning cut by mistake: analysed again, the line is back where it was, and only it. */
class RestoredLinesTest {

    private final ArticleAnalyzer analyzer = new RuleBasedAnalyzer();

    @Test
    void aRestoredWholeLineReturnsAsItsOwnParagraph() {
        var first = Seeds.analyse(Seeds.CLEAN);
        var signOff = first.removedTexts().stream().filter(r -> r.equals("RHM/PR")).findFirst().orElseThrow();

        var again = analyzer.analyze(SourceDocument.of(Seeds.CLEAN, Seeds.text(Seeds.CLEAN)), Set.of(signOff));

        assertTrue(again.cleanedText().endsWith("\n\nRHM/PR"), again.cleanedText());
        assertFalse(again.removedTexts().contains(signOff));
        assertTrue(again.cleanedText().startsWith(first.cleanedText()), "everything else stays as it was");
    }

    @Test
    void aRestoredGluedFragmentReturnsToTheParagraphItWasCutFrom() {
        var first = Seeds.analyse(Seeds.GLUED_LINKS);
        var glued = first.removedTexts().stream().filter(r -> r.startsWith("See also Did Lindner")).findFirst().orElseThrow();

        var again = analyzer.analyze(SourceDocument.of(Seeds.GLUED_LINKS, Seeds.text(Seeds.GLUED_LINKS)), Set.of(glued));

        assertTrue(again.cleanedText().contains("arms deliveries to Russia. " + glued), again.cleanedText());
        assertFalse(again.removedTexts().contains(glued));
        assertTrue(again.removedTexts().stream().anyMatch(r -> r.startsWith("See also Racist Murders")), "other cuts stay cut");
    }

    @Test
    void keepingALineThatWasNeverCutChangesNothing() {
        var first = Seeds.analyse(Seeds.VLADIVOSTOK);
        var again = analyzer.analyze(SourceDocument.of(Seeds.VLADIVOSTOK, Seeds.text(Seeds.VLADIVOSTOK)),
                Set.of("a line that is not in the story"));
        assertTrue(again.cleanedText().equals(first.cleanedText()) && again.removedTexts().equals(first.removedTexts()));
    }
}
