package org.factdesk.analysis.retrieval;

import java.util.List;

/**
 * Sentence vectors: texts that mean the same lie close together whatever words they use ("a walk-out" and "a
 * strike"). Each vector has unit length, so the dot product of two is their cosine. Implementations are
 * deterministic (the same text gives the same vector on every call and every run), thread-safe, bounded in the
 * work per text, and never fetch anything at run time.
 */
public interface SentenceEmbeddings {

    int dimensions();

    /** One unit vector per text, in the texts' order, computed together: one model call for a document's claims. */
    float[][] embed(List<String> texts);

    default float[] embed(String text) {
        return embed(List.of(text))[0];
    }
}
