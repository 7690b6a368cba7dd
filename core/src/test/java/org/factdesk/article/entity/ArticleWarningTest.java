package org.factdesk.article.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import org.factdesk.analysis.ArticleAnalyzer;
import org.factdesk.analysis.EngineWarning;
import org.factdesk.analysis.SourceDocument;
import org.factdesk.analysis.extract.RuleBasedAnalyzer;
import org.factdesk.outlet.entity.Outlet;
import org.junit.jupiter.api.Test;

/**
 * The claim engine's warnings as an article keeps them: each one the engine gives reads in German to a German reader
 * and, in English, as the engine has always worded it.
 */
class ArticleWarningTest {

    private final ArticleAnalyzer analyzer = new RuleBasedAnalyzer();

    @Test
    void aHugePasteCutShortSaysHowFarItWasRead() {
        var paragraph = "The committee met on Monday and said that 42 percent of the 2023 budget was spent. ";
        var article = analysed(paragraph.repeat(3_000_000 / paragraph.length() + 1));

        assertEquals(List.of("Eingabe auf 2000000 Zeichen gekürzt", "Nur die ersten 20000 Sätze wurden analysiert",
                "Nur die ersten 300 Aussagen wurden behalten"), read(article, Locale.GERMAN));
        assertEquals(List.of("Input truncated to 2000000 characters", "Only the first 20000 sentences were analysed",
                "Only the first 300 claims were kept"), read(article, Locale.ENGLISH));
    }

    @Test
    void binaryDataLeavesNoText() {
        var article = analysed("\u0001\u0002".repeat(500));

        assertEquals(List.of("Die Eingabe sieht nach Binärdaten aus (1000 nicht druckbare Zeichen); nichts wurde analysiert",
                "Nach der Bereinigung wurde kein Artikeltext gefunden"), read(article, Locale.GERMAN));
        assertEquals(List.of("Input looks like binary data (1000 unprintable characters); nothing was analysed",
                "No article text found after cleaning"), read(article, Locale.ENGLISH));
    }

    @Test
    void removedControlCharactersAreCounted() {
        var article = analysed("The minister\u0000 said on\u0007 Friday that exports rose 5 percent in 2023, more than"
                + " the year before.");

        assertEquals(List.of("2 Steuer- oder ungültige Zeichen entfernt"), read(article, Locale.GERMAN));
        assertEquals(List.of("Removed 2 control or invalid characters"), read(article, Locale.ENGLISH));
    }

    @Test
    void aFailedAnalysisNamesWhatFailed() {
        // No input makes a rule fail on purpose; this is the warning RuleBasedAnalyzer gives when one does.
        var article = article(List.of(EngineWarning.of("engine.failed", "StackOverflowError")));

        assertEquals(List.of("Die Analyse ist fehlgeschlagen: StackOverflowError"), read(article, Locale.GERMAN));
        assertEquals(List.of("Analysis failed: StackOverflowError"), read(article, Locale.ENGLISH));
    }

    @Test
    void aWarningStoredBeforeWarningsHadKeysReadsAsItWasWritten() {
        // the form the V60 migration gives every warning stored as English text
        var article = article(List.of(EngineWarning.of("engine.legacy", "Input truncated to 2000000 characters")));

        assertEquals(List.of("Input truncated to 2000000 characters"), read(article, Locale.GERMAN));
    }

    @Test
    void aNewAnalysisReplacesTheWarningsOfTheOneBefore() {
        var article = analysed("The minister\u0000 said on Friday that exports rose 5 percent in 2023.");
        article.recleaned("The minister said on Friday that exports rose 5 percent in 2023.", List.of(), List.of(),
                "The minister");

        assertEquals(List.of(), read(article, Locale.GERMAN));
    }

    private Article analysed(String text) {
        return article(analyzer.analyze(new SourceDocument("x.txt", text, SourceDocument.Format.TEXT)).warnings());
    }

    private static Article article(List<EngineWarning> warnings) {
        var article = new Article(new Outlet("Outlet"), "raw", "Cleaned text.", null);
        article.recordCleaning(List.of(), warnings, null);
        return article;
    }

    private static List<String> read(Article article, Locale reader) {
        return article.getWarnings().stream().map(warning -> warning.in(reader)).toList();
    }
}
