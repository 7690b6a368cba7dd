package org.factdesk.user.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordHashingTest {

    @Test
    void theRightPasswordMatchesAndNothingElseDoes() {
        var stored = PasswordHashing.hash("correct horse");
        assertTrue(PasswordHashing.matches("correct horse", stored));
        assertFalse(PasswordHashing.matches("correct hors", stored));
        assertFalse(PasswordHashing.matches(null, stored));
        assertFalse(PasswordHashing.matches("correct horse", "plain-text"));
    }

    @Test
    void thePasswordIsNeverStoredAndEachHashIsSalted() {
        var first = PasswordHashing.hash("correct horse");
        assertFalse(first.contains("correct horse"));
        assertNotEquals(first, PasswordHashing.hash("correct horse"));
        assertTrue(first.startsWith("pbkdf2-sha512:" + PasswordHashing.ITERATIONS + ":"));
    }
}
