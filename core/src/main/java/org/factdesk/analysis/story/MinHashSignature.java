package org.factdesk.analysis.story;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Base64;

/**
 * The MinHash signature of one text, as produced by {@link ContentFingerprint}. Immutable; stored as 1 KiB of
 * bytes or as a URL-safe Base64 string, and compared without the texts.
 */
public final class MinHashSignature {

    private static final byte FORMAT = 1;

    private final long[] values;

    MinHashSignature(long[] values) {
        this.values = values.clone();
    }

    /** A signature of a text too short to have any shingle; it resembles nothing, not even itself. */
    public boolean isEmpty() {
        return Arrays.stream(values).allMatch(v -> v == Long.MAX_VALUE);
    }

    public int size() {
        return values.length;
    }

    long value(int index) {
        return values[index];
    }

    /** Share of equal positions: an unbiased estimate of the Jaccard similarity of the two shingle sets. */
    public double similarityTo(MinHashSignature other) {
        if (other.values.length != values.length || isEmpty() || other.isEmpty()) {
            return 0;
        }
        var equal = 0;
        for (var i = 0; i < values.length; i++) {
            equal += values[i] == other.values[i] ? 1 : 0;
        }
        return (double) equal / values.length;
    }

    public byte[] toBytes() {
        var buffer = ByteBuffer.allocate(3 + Long.BYTES * values.length);
        buffer.put(FORMAT).putShort((short) values.length);
        for (var value : values) {
            buffer.putLong(value);
        }
        return buffer.array();
    }

    /** @throws IllegalArgumentException when the bytes are not a signature written by {@link #toBytes()} */
    public static MinHashSignature fromBytes(byte[] bytes) {
        if (bytes == null || bytes.length < 3 || bytes[0] != FORMAT) {
            throw new IllegalArgumentException("Not a MinHash signature");
        }
        var buffer = ByteBuffer.wrap(bytes);
        buffer.get();
        var count = buffer.getShort();
        if (count <= 0 || bytes.length != 3 + Long.BYTES * count) {
            throw new IllegalArgumentException("Truncated MinHash signature");
        }
        var values = new long[count];
        for (var i = 0; i < count; i++) {
            values[i] = buffer.getLong();
        }
        return new MinHashSignature(values);
    }

    public String encode() {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(toBytes());
    }

    /** @throws IllegalArgumentException when the string is not a signature written by {@link #encode()} */
    public static MinHashSignature decode(String encoded) {
        return fromBytes(Base64.getUrlDecoder().decode(encoded));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MinHashSignature that && Arrays.equals(values, that.values);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return "MinHashSignature[" + values.length + " hashes]";
    }
}
