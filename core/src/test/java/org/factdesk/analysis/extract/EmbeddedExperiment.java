package org.factdesk.analysis.extract;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.factdesk.analysis.retrieval.MiniLmEmbeddings;

/**
 * An experiment, not the product: each statement's MiniLM sentence vector (the product's model, org.factdesk.analysis.retrieval.MiniLmEmbeddings) as further features
 * beside the words, to measure what a sentence-embedding model would add. Train with {@code -Dembeddings=true}
 * ({@code -Dembeddings.scale}, default 4, multiplies the unit-length vector), score with {@link #scorer(Path)}.
 */
public final class EmbeddedExperiment {

    private EmbeddedExperiment() {
    }

    private static float scale() {
        return Float.parseFloat(System.getProperty("embeddings.scale", "4"));
    }

    private static float[] vector(MiniLmEmbeddings model, String text) {
        var vector = model.embed(text == null || text.isBlank() ? "." : text);
        var scale = scale();
        for (var d = 0; d < vector.length; d++) {
            vector[d] *= scale;
        }
        return vector;
    }

    static List<TrainCheckWorthiness.Example> embedded(List<TrainCheckWorthiness.Example> examples) {
        var model = MiniLmEmbeddings.shared();
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
        var embedder = MiniLmEmbeddings.shared();
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
