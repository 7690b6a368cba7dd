package org.factdesk.analysis.extract;

import jakarta.json.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Trains the shipped check-worthiness weights on the ClaimBuster two-class TRAINING split only (the test split is
 * for the evaluation). The regularisation and the decision point are chosen by 4-fold cross-validation within that
 * split, maximising F1 of the check-worthy class with both classes weighted equally (a desk cannot know how many
 * check-worthy sentences the next story holds); the bias is then shifted so that a score of 0.5 is that decision
 * point. Usage:
 * {@code mvn -q -pl core test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.factdesk.analysis.extract.TrainCheckWorthiness -Dexec.args="DATA_DIR OUTPUT_FILE"}.
 */
public final class TrainCheckWorthiness {

    /** Features seen in fewer training sentences are noise, and would bloat the shipped file. */
    private static final int MIN_SENTENCES = 2;
    private static final double[] L2_CHOICES = {0.1, 0.3, 1.0, 3.0};
    private static final int EPOCHS = 25;

    record Example(List<String> features, boolean worthy) {
    }

    private TrainCheckWorthiness() {
    }

    public static void main(String[] args) throws IOException {
        var data = Path.of(args.length > 0 ? args[0] : "../shared/data");
        var output = Path.of(args.length > 1 ? args[1]
                : "src/main/resources/org/factdesk/analysis/extract/" + WorthinessModel.RESOURCE);
        var examples = examples(data.resolve("claimbuster-checkworthiness/two_class/train.json"));
        var best = new Choice(0, 0, -1);
        for (var l2 : L2_CHOICES) {
            var choice = crossValidated(examples, l2);
            System.err.printf(Locale.ROOT, "l2=%.2f 4-fold balanced F1=%.3f at log-odds %.2f%n", l2, choice.f1(),
                    choice.threshold());
            best = choice.f1() > best.f1() ? choice : best;
        }
        var model = train(examples, best.l2()).shifted(-best.threshold());
        try (var out = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
            model.write(out);
        }
        System.err.printf(Locale.ROOT, "wrote %d weights (l2=%.2f) to %s%n", model.size(), best.l2(), output);
    }

    static List<Example> examples(Path json) throws IOException {
        var cues = new WorthinessCues();
        var examples = new ArrayList<Example>();
        try (var reader = Json.createReader(Files.newBufferedReader(json, StandardCharsets.UTF_8))) {
            for (var value : reader.readArray()) {
                var row = value.asJsonObject();
                var text = row.getString("text");
                examples.add(new Example(cues.features(text, cues.cues(text)), row.getInt("label") == 1));
            }
        }
        return examples;
    }

    record Choice(double l2, double threshold, double f1) {
    }

    private static Choice crossValidated(List<Example> examples, double l2) {
        var folds = 4;
        var scored = new ArrayList<double[]>();
        for (var fold = 0; fold < folds; fold++) {
            var training = new ArrayList<Example>();
            var held = new ArrayList<Example>();
            for (var i = 0; i < examples.size(); i++) {
                (i % folds == fold ? held : training).add(examples.get(i));
            }
            var model = train(training, l2);
            held.forEach(e -> scored.add(new double[] {model.logit(e.features()), e.worthy() ? 1 : 0}));
        }
        var positives = scored.stream().filter(s -> s[1] == 1).count();
        var negativeWeight = positives / (double) (scored.size() - positives);
        var best = new Choice(l2, 0, -1);
        for (var threshold = -2.0; threshold <= 2.0; threshold += 0.125) {
            double truePositive = 0, falsePositive = 0, falseNegative = 0;
            for (var s : scored) {
                var predicted = s[0] > threshold;
                truePositive += predicted && s[1] == 1 ? 1 : 0;
                falsePositive += predicted && s[1] == 0 ? negativeWeight : 0;
                falseNegative += !predicted && s[1] == 1 ? 1 : 0;
            }
            var f1 = 2 * truePositive / (2 * truePositive + falsePositive + falseNegative);
            best = f1 > best.f1() ? new Choice(l2, threshold, f1) : best;
        }
        return best;
    }

    /**
     * Logistic regression by AdaGrad with L2, each class weighted to half of the total so that the decision
     * threshold does not depend on how rare check-worthy sentences were in the training debates.
     */
    static WorthinessModel train(List<Example> examples, double l2) {
        var counts = new HashMap<String, Integer>();
        for (var example : examples) {
            example.features().stream().distinct().forEach(f -> counts.merge(f, 1, Integer::sum));
        }
        var positives = examples.stream().filter(Example::worthy).count();
        var positiveWeight = examples.size() / (2.0 * positives);
        var negativeWeight = examples.size() / (2.0 * (examples.size() - positives));
        var weights = new HashMap<String, Double>();
        var squares = new HashMap<String, Double>();
        var bias = 0.0;
        var biasSquares = 0.0;
        var rate = 0.1;
        var order = new ArrayList<>(examples);
        var random = new Random(42);
        for (var epoch = 0; epoch < EPOCHS; epoch++) {
            java.util.Collections.shuffle(order, random);
            for (var example : order) {
                var features = example.features().stream().filter(f -> counts.get(f) >= MIN_SENTENCES).toList();
                var logit = bias;
                for (var f : features) {
                    logit += weights.getOrDefault(f, 0.0);
                }
                var error = (WorthinessModel.probability(logit) - (example.worthy() ? 1 : 0))
                        * (example.worthy() ? positiveWeight : negativeWeight);
                biasSquares += error * error;
                bias -= rate * error / Math.sqrt(biasSquares + 1e-8);
                for (var f : features) {
                    var w = weights.getOrDefault(f, 0.0);
                    var gradient = error + l2 * w;
                    var g2 = squares.merge(f, gradient * gradient, Double::sum);
                    weights.put(f, w - rate * gradient / Math.sqrt(g2 + 1e-8));
                }
            }
        }
        Map<String, Double> kept = new HashMap<>();
        weights.forEach((f, w) -> {
            if (Math.abs(w) >= 0.02) {
                kept.put(f, w);
            }
        });
        return new WorthinessModel(bias, kept);
    }
}
