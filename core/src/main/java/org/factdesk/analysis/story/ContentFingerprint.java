package org.factdesk.analysis.story;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Near-duplicate detection for copies of one story scraped from different sites. A text becomes the set of its
 * word 5-shingles; 128 MinHash values estimate how much two such sets overlap, and 32 band keys of 4 values each
 * let a store find candidate copies by exact key lookup instead of comparing against every stored story. Two
 * copies with similarity s share at least one band key with probability 1 - (1 - s^4)^32: above 99.9% at 0.8,
 * about 23% at 0.3, so candidates are confirmed with {@link #estimatedSimilarity}. Stateless and thread-safe.
 */
public final class ContentFingerprint {

    public static final int HASHES = 128;
    public static final int BANDS = 32;
    public static final int ROWS = HASHES / BANDS;
    public static final int SHINGLE_WORDS = 5;
    /** Copies at or above this estimated similarity are the same story. */
    public static final double NEAR_DUPLICATE = 0.8;

    /** Fixed so that signatures stay comparable across runs, machines and releases. */
    private static final long SEED = 0x5DEECE66DL;

    public MinHashSignature signature(String text) {
        var seeds = new long[HASHES];
        for (var i = 0; i < HASHES; i++) {
            seeds[i] = mix(SEED + 0x9E3779B97F4A7C15L * (i + 1));
        }
        var minima = new long[HASHES];
        Arrays.fill(minima, Long.MAX_VALUE);
        for (var shingle : shingles(words(text))) {
            for (var i = 0; i < HASHES; i++) {
                var hash = mix(shingle ^ seeds[i]);
                if (hash < minima[i]) {
                    minima[i] = hash;
                }
            }
        }
        return new MinHashSignature(minima);
    }

    /** One key per band: texts that share any key are candidate near-duplicates. */
    public long[] bandKeys(MinHashSignature signature) {
        var keys = new long[BANDS];
        for (var band = 0; band < BANDS; band++) {
            var key = mix(band + SEED);
            for (var row = 0; row < ROWS; row++) {
                key = mix(key ^ signature.value(band * ROWS + row));
            }
            keys[band] = key;
        }
        return keys;
    }

    public static double estimatedSimilarity(MinHashSignature a, MinHashSignature b) {
        return a.similarityTo(b);
    }

    /** Same story: at least one shared band key, and an estimated similarity of {@value #NEAR_DUPLICATE} or more. */
    public boolean isNearDuplicate(MinHashSignature a, MinHashSignature b) {
        return shareBandKey(a, b) && estimatedSimilarity(a, b) >= NEAR_DUPLICATE;
    }

    /** A stored text that an arriving one may copy: its id, the first copy it duplicates (or itself), its signature. */
    public record Stored(long article, long original, MinHashSignature signature) {
    }

    /** The first copy an arriving text duplicates, and how alike the two are. */
    public record Original(long article, double similarity) {
    }

    /**
     * The original of the most similar candidate at or above {@value #NEAR_DUPLICATE}, the earliest candidate on a
     * tie: the same decision whether the candidates come from the band-key index or from a folder. A cluster of
     * copies points at one original, never at another copy.
     */
    public static Optional<Original> originalOf(MinHashSignature signature, Collection<Stored> candidates) {
        Stored best = null;
        var bestSimilarity = 0.0;
        for (var candidate : candidates) {
            var similarity = estimatedSimilarity(signature, candidate.signature());
            if (similarity >= NEAR_DUPLICATE && (best == null || similarity > bestSimilarity
                    || similarity == bestSimilarity && candidate.article() < best.article())) {
                best = candidate;
                bestSimilarity = similarity;
            }
        }
        return best == null ? Optional.empty() : Optional.of(new Original(best.original(), bestSimilarity));
    }

    /** Whether two signatures share a band key: the index lookup that finds candidate copies. */
    public boolean shareBandKey(MinHashSignature a, MinHashSignature b) {
        var keysA = bandKeys(a);
        var keysB = bandKeys(b);
        for (var band = 0; band < BANDS; band++) {
            if (keysA[band] == keysB[band]) {
                return true;
            }
        }
        return false;
    }

    /** Lower case, curly quotes made straight, apostrophes dropped ("Russia’s" = "Russias"), other punctuation a space. */
    static List<String> words(String text) {
        var normal = new StringBuilder(text.length());
        for (var i = 0; i < text.length(); i++) {
            var c = Character.toLowerCase(text.charAt(i));
            if (c == '\'' || c == '’' || c == '‘' || c == 'ʼ') {
                continue;
            }
            normal.append(Character.isLetterOrDigit(c) ? c : ' ');
        }
        var words = new ArrayList<String>();
        for (var word : normal.toString().toLowerCase(Locale.ROOT).split(" +")) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }

    /** Hashes of all word 5-shingles; a text shorter than five words is one shingle. */
    private static HashSet<Long> shingles(List<String> words) {
        var shingles = new HashSet<Long>();
        if (words.isEmpty()) {
            return shingles;
        }
        var wordHashes = words.stream().mapToLong(ContentFingerprint::hash).toArray();
        var width = Math.min(SHINGLE_WORDS, wordHashes.length);
        for (var start = 0; start + width <= wordHashes.length; start++) {
            var hash = SEED;
            for (var i = start; i < start + width; i++) {
                hash = mix(hash * 31 + wordHashes[i]);
            }
            shingles.add(hash);
        }
        return shingles;
    }

    /** 64-bit FNV-1a; String.hashCode has too few bits for large collections of shingles. */
    private static long hash(String word) {
        var hash = 0xcbf29ce484222325L;
        for (var i = 0; i < word.length(); i++) {
            hash ^= word.charAt(i);
            hash *= 0x100000001b3L;
        }
        return hash;
    }

    /** SplitMix64 finaliser: each input bit flips about half of the output bits. */
    private static long mix(long value) {
        var z = value;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
