package org.factdesk.shared.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LogTextTest {

    @Test
    void aClientCannotWriteALogLineOfItsOwn() {
        var forged = LogText.oneLine("story.txt\n12:00:00,000 ERROR [security] admin logged in\r\u0000\u2028");

        assertFalse(forged.contains("\n") || forged.contains("\r") || forged.contains("\u0000") || forged.contains("\u2028"));
        assertEquals("story.txt\\n12:00:00,000 ERROR [security] admin logged in\\r\\u0000\\u2028", forged);
    }

    @Test
    void aMegabyteBecomesOneShortLine() {
        var line = LogText.oneLine("x".repeat(1_000_000));

        assertTrue(line.length() <= LogText.MAX + 1, String.valueOf(line.length()));
        assertTrue(line.endsWith("…"));
    }

    @Test
    void ordinaryTextIsLeftAsItIs() {
        assertEquals("Müller & Söhne: \"Die Zeit\" – 3 %", LogText.oneLine("Müller & Söhne: \"Die Zeit\" – 3 %"));
        assertEquals("null", LogText.oneLine(null));
    }
}
