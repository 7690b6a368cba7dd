package org.factdesk.analysis.evaluation;

import jakarta.json.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import org.factdesk.analysis.extract.CheckWorthiness;

/**
 * Check-worthiness on the ClaimBuster two-class TEST split (351 check-worthy factual sentences, 351 not): F1 of
 * the check-worthy class, with precision, recall and accuracy. A sentence counts as check-worthy at score 0.5 or
 * more, scored as debate statements ({@link CheckWorthiness.Genre#DEBATE}). The model never saw these sentences: it
 * is trained on the training parts of ClaimBuster, CLEF 2019 and CLEF 2020 (see {@code TrainCheckWorthiness}),
 * with sentences that also occur here dropped from them.
 */
public final class ClaimBusterEvaluation implements Evaluation {

    static final double THRESHOLD = 0.5;

    @Override
    public String name() {
        return "claimbuster";
    }

    @Override
    public List<Result> run(Path dataDir) throws IOException {
        var worthiness = new CheckWorthiness();
        int truePositive = 0, falsePositive = 0, falseNegative = 0, correct = 0, total = 0;
        var started = System.nanoTime();
        try (var reader = Json.createReader(Files.newBufferedReader(
                dataDir.resolve("claimbuster-checkworthiness/two_class/test.json"), StandardCharsets.UTF_8))) {
            for (var value : reader.readArray()) {
                var row = value.asJsonObject();
                var worthy = row.getInt("label") == 1;
                var predicted = worthiness.assess(row.getString("text"), CheckWorthiness.Genre.DEBATE).score()
                        >= THRESHOLD;
                truePositive += predicted && worthy ? 1 : 0;
                falsePositive += predicted && !worthy ? 1 : 0;
                falseNegative += !predicted && worthy ? 1 : 0;
                correct += predicted == worthy ? 1 : 0;
                total++;
            }
        }
        var seconds = (System.nanoTime() - started) / 1e9;
        var precision = truePositive / (double) (truePositive + falsePositive);
        var recall = truePositive / (double) (truePositive + falseNegative);
        var f1 = 2 * precision * recall / (precision + recall);
        var details = new LinkedHashMap<String, Double>();
        details.put("p", precision);
        details.put("r", recall);
        details.put("acc", correct / (double) total);
        details.put("n", (double) total);
        return List.of(new Result("claimbuster-2class-test", "factdesk-logreg", "f1", f1, details, total / seconds));
    }
}
