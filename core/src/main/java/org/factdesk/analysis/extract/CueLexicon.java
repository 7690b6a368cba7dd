package org.factdesk.analysis.extract;

import java.util.Map;

/**
 * How often each word was part of a cue ("said", "according", "told") among its uses in the training data, as a
 * bucket from 0 (never or rarely) to 4 (almost always), and likewise how often it was part of a source ("he",
 * "officials", "spokesman"). Learned with the tagger and shipped with its weights.
 */
final class CueLexicon {

    private final HashTable table;

    CueLexicon(Map<Long, Integer> buckets) {
        table = new HashTable(buckets.size());
        buckets.forEach((key, bucket) -> table.put(key, bucket));
    }

    int bucket(String lowerWord) {
        var slot = table.find(key(lowerWord));
        return slot < 0 ? 0 : table.value(slot);
    }

    int sourceBucket(String lowerWord) {
        var slot = table.find(sourceKey(lowerWord));
        return slot < 0 ? 0 : table.value(slot);
    }

    Map<Long, Integer> asMap() {
        return table.asMap();
    }

    /** The bucket for a word that was part of a cue {@code cue} times in {@code count} uses. */
    static int bucket(int cue, int count) {
        var rate = cue / (double) count;
        return rate >= 0.8 ? 4 : rate >= 0.5 ? 3 : rate >= 0.2 ? 2 : rate >= 0.05 ? 1 : 0;
    }

    static long key(String lowerWord) {
        return FeatureHash.of("cue", lowerWord);
    }

    static long sourceKey(String lowerWord) {
        return FeatureHash.of("source", lowerWord);
    }
}
