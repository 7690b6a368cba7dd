package org.factdesk.analysis;

import java.util.Map;
import java.util.Objects;

/**
 * Lines seen in other documents of the same outlet or the same import, by {@link LineFingerprint}: a line that
 * an outlet prints around many of its stories is site chrome, whatever its words. Pass documents that report other
 * stories: copies of the same story share their sentences, and those are no chrome.
 *
 * @param counts    for each fingerprint, in how many of those documents the line occurs (each document once)
 * @param documents how many documents the counts were taken from
 */
public record SeenLines(Map<Long, Integer> counts, int documents) {

    /** Nothing seen: the engine judges each line on its own. */
    public static final SeenLines NONE = new SeenLines(Map.of(), 0);

    public SeenLines {
        Objects.requireNonNull(counts, "counts");
        if (documents < 0) {
            throw new IllegalArgumentException("documents < 0");
        }
        counts = Map.copyOf(counts);
    }

    public int count(long fingerprint) {
        return counts.getOrDefault(fingerprint, 0);
    }

    /** In how many of the documents the line occurs, smoothed towards none when few were seen: count / (documents + 1). */
    public double share(long fingerprint) {
        return documents == 0 ? 0 : (double) Math.min(count(fingerprint), documents) / (documents + 1);
    }
}
