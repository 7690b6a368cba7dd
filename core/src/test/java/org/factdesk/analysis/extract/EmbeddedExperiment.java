package org.factdesk.analysis.extract;

import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * An experiment, not the product: each statement's MiniLM sentence vector (the test-scope jar) as further features
 * beside the words, to measure what a sentence-embedding model would add. Train with {@code -Dembeddings=true}
 * ({@code -Dembeddings.scale}, default 4, multiplies the unit-length vector), score with {@link #scorer(Path)}.
 */
public final class EmbeddedExperiment {

    private EmbeddedExperiment() {
    }

    private static float scale() {
        return Float.parseFloat(System.getProperty("embeddings.scale", "4"));
    }

    private static float[] vector(AllMiniLmL6V2QuantizedEmbeddingModel model, String text) {
        var vector = model.embed(text == null || text.isBlank() ? "." : text).content().vector();
        var scale = scale();
        for (var d = 0; d < vector.length; d++) {
            vector[d] *= scale;
        }
        return vector;
    }

    static List<TrainCheckWorthiness.Example> embedded(List<TrainCheckWorthiness.Example> examples) {
        var model = new AllMiniLmL6V2QuantizedEmbeddingModel();
        var embedded = new ArrayList<TrainCheckWorthiness.Example>();
        for (var e : examples) {
            embedded.add(new TrainCheckWorthiness.Example(e.statement(), e.features(),
                    vector(model, e.statement().text())));
        }
        return embedded;
    }

    /** Scores a statement with weights the trainer wrote with {@code -Dembeddings=true}. */
    public interface Scorer {
        double score(String text, CheckWorthiness.Genre genre);
    }

    public static Scorer scorer(Path weights) throws IOException {
        WorthinessModel read;
        try (var in = Files.newInputStream(weights)) {
            read = WorthinessModel.read(in);
        }
        var model = read;
        var embedder = new AllMiniLmL6V2QuantizedEmbeddingModel();
        var cues = new WorthinessCues();
        return (text, genre) -> {
            var logit = model.logit(genre, cues.features(text).names());
            var vector = vector(embedder, text);
            for (var d = 0; d < vector.length; d++) {
                logit += model.weight("e:" + d) * vector[d];
            }
            return WorthinessModel.probability(logit);
        };
    }
}
