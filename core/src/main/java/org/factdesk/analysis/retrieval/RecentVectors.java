package org.factdesk.analysis.retrieval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Sentence vectors that remember the last few thousand texts they were asked for. The model gives the same vector
 * for the same text on every call, so a remembered vector is the one the model would compute again: the story
 * vector and the claims of one copy, a claim and the sentence it stands in, a copy ingested again after a line is
 * restored, and sentences a wire story repeats word for word in other outlets are each run once. Bounded: at most
 * {@code capacity} vectors (1.5 KB each for 384 dimensions) of texts up to {@value #MAX_CHARS} characters are
 * kept, the least recently used go first.
 * Thread-safe; the model runs outside the lock, so two threads asking for one new text at once may both run it.
 */
public final class RecentVectors implements SentenceEmbeddings {

    /** A few hundred documents' claims: about 6 MB of vectors. */
    public static final int CAPACITY = 4096;
    /** Longer texts (a pasted page without sentence ends) are run each time, so keys stay small. */
    static final int MAX_CHARS = 2_000;

    private final SentenceEmbeddings model;
    private final Map<String, float[]> recent;

    public RecentVectors(SentenceEmbeddings model) {
        this(model, CAPACITY);
    }

    public RecentVectors(SentenceEmbeddings model, int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("Room for at least one vector is needed, not " + capacity);
        }
        this.model = model;
        recent = new LeastRecentlyUsedFirst(capacity);
    }

    /** Access order, so the text asked for longest ago leaves first once the capacity is reached. */
    private static final class LeastRecentlyUsedFirst extends LinkedHashMap<String, float[]> {
        private final int capacity;

        LeastRecentlyUsedFirst(int capacity) {
            super(16, 0.75f, true);
            this.capacity = capacity;
        }

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
            return size() > capacity;
        }
    }

    @Override
    public int dimensions() {
        return model.dimensions();
    }

    /** The texts not remembered go to the model in one call, each once. */
    @Override
    public float[][] embed(List<String> texts) {
        var vectors = new float[texts.size()][];
        var missing = new LinkedHashSet<String>();
        synchronized (recent) {
            for (var i = 0; i < vectors.length; i++) {
                vectors[i] = recent.get(text(texts, i));
                if (vectors[i] == null) {
                    missing.add(text(texts, i));
                }
            }
        }
        if (!missing.isEmpty()) {
            var asked = new ArrayList<>(missing);
            var computed = model.embed(asked);
            var byText = new HashMap<String, float[]>();
            for (var i = 0; i < asked.size(); i++) {
                byText.put(asked.get(i), computed[i]);
            }
            synchronized (recent) {
                byText.forEach((text, vector) -> {
                    if (text.length() <= MAX_CHARS) {
                        recent.put(text, vector);
                    }
                });
            }
            for (var i = 0; i < vectors.length; i++) {
                if (vectors[i] == null) {
                    vectors[i] = byText.get(text(texts, i));
                }
            }
        }
        for (var i = 0; i < vectors.length; i++) {
            vectors[i] = vectors[i].clone();
        }
        return vectors;
    }

    private static String text(List<String> texts, int i) {
        return texts.get(i) == null ? "" : texts.get(i);
    }

    /** How many vectors are remembered now. */
    public int size() {
        synchronized (recent) {
            return recent.size();
        }
    }
}
