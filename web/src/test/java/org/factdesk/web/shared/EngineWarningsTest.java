package org.factdesk.web.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The claim engine's stored warnings read in the reader's language, figures and all; unknown ones as written. */
class EngineWarningsTest {

    @Test
    void knownWarningsAreTranslatedWithTheirFigures() {
        assertEquals("Nach der Bereinigung wurde kein Artikeltext gefunden",
                EngineWarnings.shown("No article text found after cleaning", Locale.GERMAN));
        assertEquals("Eingabe auf 200.000 Zeichen gekürzt", EngineWarnings.shown("Input truncated to 200000 characters", Locale.GERMAN));
        assertEquals("Nur die ersten 50 Aussagen wurden behalten", EngineWarnings.shown("Only the first 50 claims were kept", Locale.GERMAN));
        assertEquals("Die Analyse ist fehlgeschlagen: StackOverflowError",
                EngineWarnings.shown("Analysis failed: StackOverflowError", Locale.GERMAN));
    }

    @Test
    void englishReadsAsTheEngineWroteIt() {
        assertEquals("Removed 12 control or invalid characters", EngineWarnings.shown("Removed 12 control or invalid characters", Locale.ENGLISH));
        assertEquals("Only the first 400 sentences were analysed", EngineWarnings.shown("Only the first 400 sentences were analysed", Locale.ENGLISH));
    }

    @Test
    void aWarningThisListDoesNotKnowIsShownAsWritten() {
        assertEquals("Text looks machine-translated", EngineWarnings.shown("Text looks machine-translated", Locale.GERMAN));
    }
}
