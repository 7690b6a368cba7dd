package org.factdesk.analysis.evaluation;

import jakarta.json.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.factdesk.analysis.extract.CheckWorthiness.Genre;
import org.factdesk.analysis.extract.EmbeddedExperiment;

/**
 * An experiment, not the product: the check-worthiness regression with MiniLM sentence vectors beside the words
 * (see {@link EmbeddedExperiment}), on the same three test splits as the product's rows. Runs only when
 * {@code -Dworthiness.experiment.weights=FILE} names weights the trainer wrote with {@code -Dembeddings=true}.
 */
public final class WorthinessEmbeddingExperiment implements Evaluation {

    private static final String SYSTEM = "experiment-words+minilm";

    @Override
    public String name() {
        return "worthiness-minilm";
    }

    @Override
    public List<Result> run(Path dataDir) throws IOException {
        var weights = System.getProperty("worthiness.experiment.weights");
        if (weights == null) {
            return List.of();
        }
        var scorer = EmbeddedExperiment.scorer(Path.of(weights));
        var dir = dataDir.resolve("claimbuster-checkworthiness");
        var results = new ArrayList<Result>();
        int truePositive = 0, falsePositive = 0, falseNegative = 0;
        try (var reader = Json.createReader(Files.newBufferedReader(dir.resolve("two_class/test.json"),
                StandardCharsets.UTF_8))) {
            for (var value : reader.readArray()) {
                var row = value.asJsonObject();
                var worthy = row.getInt("label") == 1;
                var predicted = scorer.score(row.getString("text"), Genre.DEBATE) >= ClaimBusterEvaluation.THRESHOLD;
                truePositive += predicted && worthy ? 1 : 0;
                falsePositive += predicted && !worthy ? 1 : 0;
                falseNegative += !predicted && worthy ? 1 : 0;
            }
        }
        var precision = truePositive / (double) (truePositive + falsePositive);
        var recall = truePositive / (double) (truePositive + falseNegative);
        results.add(new Result("claimbuster-2class-test", SYSTEM, "f1", 2 * precision * recall / (precision + recall),
                Map.of("p", precision, "r", recall), null));
        var tweets = new ArrayList<Map.Entry<Double, Boolean>>();
        var lines = Files.readAllLines(dir.resolve("clef20/task1/test-gold.tsv"), StandardCharsets.UTF_8);
        for (var line : lines.subList(1, lines.size())) {
            var columns = line.split("\t");
            if (columns.length >= 6) {
                tweets.add(Map.entry(scorer.score(columns[3], Genre.TWEET), "1".equals(columns[5].strip())));
            }
        }
        results.add(new Result("clef2020-t1-test", SYSTEM, "map", averagePrecision(tweets), Map.of(), null));
        var byDebate = new LinkedHashMap<String, List<Map.Entry<Double, Boolean>>>();
        var rows = BenchmarkFiles.delimitedRows(Files.readString(dir.resolve("clef19/CT19-T1-Test.csv"),
                StandardCharsets.UTF_8), ',');
        for (var row : rows.subList(1, rows.size())) {
            if (row.size() >= 5) {
                byDebate.computeIfAbsent(row.get(4), d -> new ArrayList<>())
                        .add(Map.entry(scorer.score(row.get(2), Genre.DEBATE), "1".equals(row.get(3).strip())));
            }
        }
        results.add(new Result("clef2019-t1-test", SYSTEM, "map", byDebate.values().stream()
                .mapToDouble(WorthinessEmbeddingExperiment::averagePrecision).average().orElse(0), Map.of(), null));
        return results;
    }

    private static double averagePrecision(List<Map.Entry<Double, Boolean>> scored) {
        var ranked = new ArrayList<>(scored);
        ranked.sort(Comparator.comparingDouble((Map.Entry<Double, Boolean> e) -> e.getKey()).reversed());
        return Clef2020CheckWorthinessEvaluation.averagePrecision(ranked.stream().map(Map.Entry::getValue).toList());
    }
}
