package org.factdesk.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ScoreReasonTest {

    @Test
    void aStoredReasonReadsInEitherLanguage() {
        var stored = ScoreReason.encode(List.of(ScoreReason.of("worthiness.word", 0.4249, "unemployment"),
                ScoreReason.of("worthiness.question", -0.78)));
        assertEquals("[[\"worthiness.word\",[\"unemployment\"],0.42],[\"worthiness.question\",[],-0.78]]", stored);
        var read = ScoreReason.decode(stored);
        assertEquals("the word “unemployment”", read.get(0).text(Locale.ENGLISH));
        assertEquals("das Wort „unemployment“", read.get(0).text(Locale.GERMAN));
        assertTrue(read.get(0).raises());
        assertFalse(read.get(1).raises());
    }

    @Test
    void theStoredFormFitsItsColumnByLeavingOutTheWeakest() {
        var reasons = new ArrayList<ScoreReason>();
        for (var i = 0; i < 7; i++) {
            reasons.add(ScoreReason.of("worthiness.words", 1.0 - i / 10.0, "\"quoted\" \\ ".repeat(20)));
        }
        var stored = ScoreReason.encode(reasons);
        assertTrue(stored.length() <= ScoreReason.ENCODED_MAX, String.valueOf(stored.length()));
        var read = ScoreReason.decode(stored);
        assertFalse(read.isEmpty());
        assertEquals(reasons.subList(0, read.size()), read);
    }

    @Test
    void textThatIsNotAStoredListGivesNoReasons() {
        for (var text : List.of("number, date", "", "[", "[[\"worthiness.word\"]]", "[1,2]", "{\"a\":1}")) {
            assertEquals(List.of(), ScoreReason.decode(text), text);
        }
        assertEquals(List.of(), ScoreReason.decode(null));
    }
}
