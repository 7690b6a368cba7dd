package org.factdesk.analysis.story;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import org.factdesk.analysis.Seeds;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ContentFingerprintTest {

    private static final ContentFingerprint FINGERPRINT = new ContentFingerprint();
    private static final Map<String, MinHashSignature> SIGNATURES = new HashMap<>();

    @BeforeAll
    static void signSeeds() {
        for (var seed : Seeds.ALL) {
            SIGNATURES.put(seed, FINGERPRINT.signature(Seeds.analyse(seed).cleanedText()));
        }
    }

    @Test
    void theTwoCopiesOfOneScrapeAreNearDuplicates() {
        var clean = SIGNATURES.get(Seeds.CLEAN);
        var widgets = SIGNATURES.get(Seeds.WIDGETS);
        assertTrue(ContentFingerprint.estimatedSimilarity(clean, widgets) >= 0.8,
                "similarity " + ContentFingerprint.estimatedSimilarity(clean, widgets));
        assertTrue(sharedBands(clean, widgets) > 0);
        assertTrue(FINGERPRINT.isNearDuplicate(clean, widgets));
    }

    @Test
    void noOtherPairOfSeedsIsANearDuplicate() {
        for (var a : Seeds.ALL) {
            for (var b : Seeds.ALL) {
                var pair = a.compareTo(b) < 0 && !(a.equals(Seeds.CLEAN) && b.equals(Seeds.WIDGETS));
                if (pair) {
                    var similarity = ContentFingerprint.estimatedSimilarity(SIGNATURES.get(a), SIGNATURES.get(b));
                    assertTrue(similarity < 0.5, a + " ~ " + b + " = " + similarity);
                    assertFalse(FINGERPRINT.isNearDuplicate(SIGNATURES.get(a), SIGNATURES.get(b)), a + " ~ " + b);
                }
            }
        }
    }

    @Test
    void normalisationIgnoresCaseQuotesAndPunctuation() {
        var a = FINGERPRINT.signature("“Thank you for inviting us,” Kim told Putin at Russia’s cosmodrome.");
        var b = FINGERPRINT.signature("\"THANK you for inviting us\" -- Kim told Putin at Russia's cosmodrome!");
        assertEquals(1.0, ContentFingerprint.estimatedSimilarity(a, b));
        assertEquals(ContentFingerprint.HASHES, a.size());
        assertEquals(ContentFingerprint.BANDS, FINGERPRINT.bandKeys(a).length);
    }

    @Test
    void emptyTextResemblesNothing() {
        var empty = FINGERPRINT.signature("  ...  ");
        assertTrue(empty.isEmpty());
        assertEquals(0.0, ContentFingerprint.estimatedSimilarity(empty, FINGERPRINT.signature("")));
    }

    @Test
    void signaturesSurviveStorage() {
        var signature = SIGNATURES.get(Seeds.VLADIVOSTOK);
        var bytes = signature.toBytes();
        assertEquals(3 + 8 * ContentFingerprint.HASHES, bytes.length);
        assertEquals(signature, MinHashSignature.fromBytes(bytes));
        var encoded = signature.encode();
        assertEquals(signature, MinHashSignature.decode(encoded));
        assertArrayEquals(FINGERPRINT.bandKeys(signature), FINGERPRINT.bandKeys(MinHashSignature.decode(encoded)));
        assertThrows(IllegalArgumentException.class, () -> MinHashSignature.fromBytes(Arrays.copyOf(bytes, 100)));
        assertThrows(IllegalArgumentException.class, () -> MinHashSignature.decode("not a signature"));
    }

    @Test
    void signaturesAreStableAcrossInstances() {
        var text = Seeds.analyse(Seeds.HEADLINE_LIST).cleanedText();
        assertEquals(new ContentFingerprint().signature(text), new ContentFingerprint().signature(text));
    }

    private static int sharedBands(MinHashSignature a, MinHashSignature b) {
        var keys = new HashSet<Long>();
        for (var key : FINGERPRINT.bandKeys(a)) {
            keys.add(key);
        }
        var shared = 0;
        for (var key : FINGERPRINT.bandKeys(b)) {
            shared += keys.contains(key) ? 1 : 0;
        }
        return shared;
    }
}
