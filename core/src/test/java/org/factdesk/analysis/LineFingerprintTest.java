package org.factdesk.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class LineFingerprintTest {

    @Test
    void aLineKeepsItsFingerprintWhateverItsCaseSpacingPunctuationOrFigures() {
        var line = LineFingerprint.of("Updated 14:02, 3 June 2024");
        assertEquals(line, LineFingerprint.of("UPDATED 09:17 — 4 June 2024"));
        assertEquals(line, LineFingerprint.of("updated  14.02 3 june 2025"));
        assertEquals(LineFingerprint.of("Share this article"), LineFingerprint.of("SHARE THIS ARTICLE:"));
    }

    @Test
    void differentWordsGiveDifferentFingerprints() {
        assertNotEquals(LineFingerprint.of("Share this article"), LineFingerprint.of("Share this story"));
        assertNotEquals(LineFingerprint.of("Dock workers walk out"), LineFingerprint.of("Dock workers walked out"));
    }

    @Test
    void aLineWithoutLettersOrDigitsHasNone() {
        assertEquals(0, LineFingerprint.of(""));
        assertEquals(0, LineFingerprint.of(" — | · • "));
    }

    @Test
    void theFunctionIsStableAcrossVersions() {
        // stored fingerprints must keep matching new documents: this value may never change
        assertEquals(0x257fafabd18534a6L, LineFingerprint.of("Share this article"));
    }

    @Test
    void storedFingerprintsReadBackInTheirOrder() {
        var lines = java.util.List.of(LineFingerprint.of("Share this article"), 0L, Long.MIN_VALUE, -1L);
        assertEquals(lines, LineFingerprint.decode(LineFingerprint.encode(lines)));
        assertEquals(32, LineFingerprint.encode(lines).length);
        assertEquals(java.util.List.of(), LineFingerprint.decode(new byte[7]), "less than one fingerprint");
    }
}
