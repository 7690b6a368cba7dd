package org.factdesk.analysis.extract;

/**
 * 64-bit FNV-1a hashes of named features ("w=said"). The model stores hashes, not feature strings, so the
 * shipped weights hold no text and load into two flat arrays.
 */
final class FeatureHash {

    private static final long OFFSET = 0xcbf29ce484222325L;
    private static final long PRIME = 0x100000001b3L;

    private FeatureHash() {
    }

    static long of(String template, String value) {
        var h = OFFSET;
        for (var i = 0; i < template.length(); i++) {
            h = (h ^ template.charAt(i)) * PRIME;
        }
        h = (h ^ '=') * PRIME;
        for (var i = 0; i < value.length(); i++) {
            h = (h ^ value.charAt(i)) * PRIME;
        }
        return h;
    }

    static long of(String template, String value, String other) {
        var h = of(template, value);
        h = (h ^ '|') * PRIME;
        for (var i = 0; i < other.length(); i++) {
            h = (h ^ other.charAt(i)) * PRIME;
        }
        return h;
    }
}
