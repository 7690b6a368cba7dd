package org.factdesk.analysis;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * A 64-bit fingerprint of one line of a document, the same for the same line whatever its case, punctuation,
 * spacing or figures: "Updated 14:02, 3 June" and "Updated 09:17, 4 June" share one. Lines an outlet prints around
 * every story (menus, share bars, consent text, newsletter boxes) then share a fingerprint across its documents.
 * The function is part of the engine's contract: stored fingerprints stay valid across versions.
 */
public final class LineFingerprint {

    private static final long OFFSET = 0xcbf29ce484222325L;
    private static final long PRIME = 0x100000001b3L;

    private LineFingerprint() {
    }

    /** Fingerprints as stored beside an article, 8 bytes each in their order. */
    public static byte[] encode(List<Long> fingerprints) {
        var buffer = ByteBuffer.allocate(fingerprints.size() * Long.BYTES);
        fingerprints.forEach(buffer::putLong);
        return buffer.array();
    }

    /** Stored fingerprints read back; a trailing part shorter than one fingerprint is no fingerprint. */
    public static List<Long> decode(byte[] stored) {
        var buffer = ByteBuffer.wrap(stored);
        var fingerprints = new ArrayList<Long>(stored.length / Long.BYTES);
        while (buffer.remaining() >= Long.BYTES) {
            fingerprints.add(buffer.getLong());
        }
        return fingerprints;
    }

    /** FNV-1a over the line's letters in lower case and its digits as 0; 0 for a line without either. */
    public static long of(String line) {
        var hash = OFFSET;
        var any = false;
        for (var i = 0; i < line.length(); i++) {
            var c = line.charAt(i);
            if (Character.isLetter(c)) {
                c = Character.toLowerCase(c);
            } else if (Character.isDigit(c)) {
                c = '0';
            } else {
                continue;
            }
            any = true;
            hash ^= c;
            hash *= PRIME;
        }
        return any ? hash : 0;
    }
}
