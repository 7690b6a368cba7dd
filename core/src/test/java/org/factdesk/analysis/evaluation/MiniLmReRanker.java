package org.factdesk.analysis.evaluation;

import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.factdesk.analysis.retrieval.IndexedClaim;
import org.factdesk.analysis.retrieval.ReRanker;

/**
 * Cosine similarity of all-MiniLM-L6-v2 (quantised, ONNX, shipped inside the langchain4j Maven jar; runs offline).
 * Stored claims are embedded once and kept by id, as a product would keep them beside the index.
 */
final class MiniLmReRanker implements ReRanker {

    private final AllMiniLmL6V2QuantizedEmbeddingModel model = new AllMiniLmL6V2QuantizedEmbeddingModel();
    private final Map<Long, float[]> stored = new ConcurrentHashMap<>();
    private long embedded;
    private long nanos;

    @Override
    public double[] similarities(String query, List<IndexedClaim> candidates) {
        var q = embed(query);
        var result = new double[candidates.size()];
        for (var i = 0; i < candidates.size(); i++) {
            var claim = candidates.get(i);
            result[i] = cosine(q, stored.computeIfAbsent(claim.id(), id -> embed(claim.text())));
        }
        return result;
    }

    float[] embed(String text) {
        var started = System.nanoTime();
        var vector = model.embed(text).content().vector();
        nanos += System.nanoTime() - started;
        embedded++;
        return vector;
    }

    double millisPerText() {
        return embedded == 0 ? 0 : nanos / 1e6 / embedded;
    }

    private static double cosine(float[] a, float[] b) {
        double dot = 0, na = 0, nb = 0;
        for (var i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return dot / Math.sqrt(na * nb);
    }
}
