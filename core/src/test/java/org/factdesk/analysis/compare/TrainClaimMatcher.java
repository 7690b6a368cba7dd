package org.factdesk.analysis.compare;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.factdesk.analysis.ClaimKind;
import org.factdesk.analysis.retrieval.MiniLmEmbeddings;
import org.factdesk.analysis.retrieval.SentenceEmbeddings;

/**
 * Trains the shipped same-statement weights ({@link MatcherWeights}) on the TRAINING split of the Microsoft Research
 * Paraphrase Corpus only; its test split is scored once by the evaluation. The L2 penalty and the decision point
 * are chosen by 10-fold cross-validation within the training split, maximising F1 of the regression's own
 * decision (equivalent, values included: what MSRP calls a paraphrase). Usage:
 * {@code mvn -q -pl core test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.factdesk.analysis.compare.TrainClaimMatcher -Dexec.args="DATA_DIR [OUTPUT_FILE [FEATURE_CACHE]]"}.
 */
public final class TrainClaimMatcher {

    private static final double[] L2_CHOICES = {0.0003, 0.003, 0.03};
    private static final int FOLDS = 10;
    private static final int EPOCHS = 300;

    /** One pair: its features and whether people judged it a paraphrase. */
    record Example(double[] features, boolean conflicting, boolean paraphrase) {
    }

    /** A fitted model on standardised features. */
    record Fit(double[] mean, double[] scale, double[] weights, double bias) {

        double paraphrase(double[] x) {
            var logit = bias;
            for (var i = 0; i < x.length; i++) {
                logit += weights[i] * (x[i] - mean[i]) / scale[i];
            }
            return 1 / (1 + Math.exp(-logit));
        }

        double sameStatement(double[] x) {
            var logit = bias;
            for (var i = 0; i < x.length; i++) {
                if (!PairFeatures.CONFLICTS.contains(PairFeatures.NAMES.get(i))) {
                    logit += weights[i] * (x[i] - mean[i]) / scale[i];
                }
            }
            return 1 / (1 + Math.exp(-logit));
        }
    }

    private TrainClaimMatcher() {
    }

    public static void main(String[] args) throws IOException {
        var data = Path.of(args.length > 0 ? args[0] : "../shared/data");
        var output = Path.of(args.length > 1 ? args[1]
                : "src/main/resources/org/factdesk/analysis/compare/" + MatcherWeights.RESOURCE);
        var examples = cached(data.resolve("msrp-paraphrase/msr_paraphrase_train.txt"),
                args.length > 2 ? Path.of(args[2]) : null);
        System.err.printf("%d training pairs, %d with a conflict (%d of them paraphrases)%n", examples.size(),
                examples.stream().filter(Example::conflicting).count(),
                examples.stream().filter(e -> e.conflicting() && e.paraphrase()).count());
        var order = new ArrayList<Integer>();
        for (var i = 0; i < examples.size(); i++) {
            order.add(i);
        }
        java.util.Collections.shuffle(order, new Random(13));
        var bestF1 = -1.0;
        var bestL2 = 0.0;
        var bestThreshold = 0.5;
        var plain = examples.stream().map(e -> new Example(e.features(), false, e.paraphrase())).toList();
        for (var l2 : L2_CHOICES) {
            var scores = new double[examples.size()];
            for (var fold = 0; fold < FOLDS; fold++) {
                var train = new ArrayList<Example>();
                var held = new ArrayList<Integer>();
                for (var k = 0; k < order.size(); k++) {
                    if (k % FOLDS == fold) {
                        held.add(order.get(k));
                    } else {
                        train.add(examples.get(order.get(k)));
                    }
                }
                var fit = fit(train, l2);
                for (var i : held) {
                    scores[i] = fit.paraphrase(examples.get(i).features());
                }
            }
            var threshold = 0.5;
            var f1 = new double[] {-1, 0};
            for (var t = 0.05; t <= 0.9; t += 0.01) {
                var at = f1(plain, scores, t);
                if (at[0] > f1[0]) {
                    f1 = at;
                    threshold = t;
                }
            }
            System.err.printf(Locale.ROOT, "l2 %.3f: cross-validated F1 %.4f accuracy %.4f at %.2f%n", l2, f1[0], f1[1],
                    threshold);
            if (f1[0] > bestF1) {
                bestF1 = f1[0];
                bestL2 = l2;
                bestThreshold = threshold;
            }
        }
        var fit = fit(examples, bestL2);
        var sameMeaning = cosineAtEvenOdds(examples);
        System.err.printf(Locale.ROOT, "cosine at even odds: %.3f%n", sameMeaning);
        write(output, fit, bestThreshold, sameMeaning, bestL2, bestF1);
        System.err.printf(Locale.ROOT, "wrote %s: l2 %.3f threshold %.2f cross-validated F1 %.4f%n", output, bestL2,
                bestThreshold, bestF1);
    }

    /**
     * The training pairs with their features. The model's vectors of the sentences are kept in a cache file when
     * one is named (embedding the 8,000 sentences takes minutes); the features are computed anew each time.
     */
    static List<Example> cached(Path file, Path cache) throws IOException {
        var vectors = new HashMap<String, float[]>();
        if (cache != null && Files.exists(cache)) {
            try (var in = new DataInputStream(new BufferedInputStream(Files.newInputStream(cache)))) {
                var n = in.readInt();
                for (var i = 0; i < n; i++) {
                    var text = in.readUTF();
                    var vector = new float[in.readInt()];
                    for (var d = 0; d < vector.length; d++) {
                        vector[d] = in.readFloat();
                    }
                    vectors.put(text, vector);
                }
            }
        }
        var model = MiniLmEmbeddings.shared();
        SentenceEmbeddings embeddings = new SentenceEmbeddings() {
            @Override
            public int dimensions() {
                return model.dimensions();
            }

            @Override
            public float[][] embed(List<String> texts) {
                return texts.stream().map(t -> vectors.computeIfAbsent(t, model::embed)).toArray(float[][]::new);
            }
        };
        var known = vectors.size();
        var examples = examples(file, embeddings);
        if (cache != null && vectors.size() > known) {
            try (var out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(cache)))) {
                out.writeInt(vectors.size());
                for (var e : vectors.entrySet()) {
                    out.writeUTF(e.getKey());
                    out.writeInt(e.getValue().length);
                    for (var x : e.getValue()) {
                        out.writeFloat(x);
                    }
                }
            }
        }
        return examples;
    }

    static List<Example> examples(Path file, SentenceEmbeddings embeddings) throws IOException {
        var matcher = new ClaimMatcher(embeddings, null);
        var lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        var examples = new ArrayList<Example>();
        var finder = new ConflictFinder();
        for (var line : lines.subList(1, lines.size())) {
            var fields = line.replace("\uFEFF", "").split("\t", -1);
            if (fields.length < 5) {
                continue;
            }
            var pair = matcher.prepareAll(List.of(MatchableClaim.of(fields[3], ClaimKind.OTHER, null),
                    MatchableClaim.of(fields[4], ClaimKind.OTHER, null)));
            var a = pair.get(0);
            var b = pair.get(1);
            var conflicts = finder.between(a.claim(), b.claim(), a.values(), b.values());
            examples.add(new Example(PairFeatures.of(a, b, conflicts), !conflicts.isEmpty(), "1".equals(fields[0])));
        }
        return examples;
    }

    /** F1 and accuracy at a threshold; a pair marked conflicting is never a paraphrase. */
    static double[] f1(List<Example> examples, double[] scores, double threshold) {
        int tp = 0, fp = 0, fn = 0, correct = 0;
        for (var i = 0; i < examples.size(); i++) {
            var predicted = scores[i] >= threshold && !examples.get(i).conflicting();
            var gold = examples.get(i).paraphrase();
            tp += predicted && gold ? 1 : 0;
            fp += predicted && !gold ? 1 : 0;
            fn += !predicted && gold ? 1 : 0;
            correct += predicted == gold ? 1 : 0;
        }
        var precision = tp + fp == 0 ? 0 : tp / (double) (tp + fp);
        var recall = tp + fn == 0 ? 0 : tp / (double) (tp + fn);
        var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new double[] {f1, correct / (double) examples.size()};
    }

    /** Logistic regression with an L2 penalty, full-batch Adam on standardised features. */
    static Fit fit(List<Example> examples, double l2) {
        var n = examples.size();
        var d = PairFeatures.NAMES.size();
        var mean = new double[d];
        var scale = new double[d];
        for (var e : examples) {
            for (var j = 0; j < d; j++) {
                mean[j] += e.features()[j] / n;
            }
        }
        for (var e : examples) {
            for (var j = 0; j < d; j++) {
                scale[j] += Math.pow(e.features()[j] - mean[j], 2) / n;
            }
        }
        for (var j = 0; j < d; j++) {
            scale[j] = Math.max(Math.sqrt(scale[j]), 1e-6);
        }
        var x = new double[n][d];
        for (var i = 0; i < n; i++) {
            for (var j = 0; j < d; j++) {
                x[i][j] = (examples.get(i).features()[j] - mean[j]) / scale[j];
            }
        }
        var w = new double[d + 1];
        var m = new double[d + 1];
        var v = new double[d + 1];
        var rate = 0.05;
        for (var epoch = 1; epoch <= EPOCHS; epoch++) {
            var gradient = new double[d + 1];
            for (var i = 0; i < n; i++) {
                var logit = w[d];
                for (var j = 0; j < d; j++) {
                    logit += w[j] * x[i][j];
                }
                var error = 1 / (1 + Math.exp(-logit)) - (examples.get(i).paraphrase() ? 1 : 0);
                for (var j = 0; j < d; j++) {
                    gradient[j] += error * x[i][j] / n;
                }
                gradient[d] += error / n;
            }
            for (var j = 0; j <= d; j++) {
                var g = gradient[j] + (j < d ? l2 * w[j] : 0);
                m[j] = 0.9 * m[j] + 0.1 * g;
                v[j] = 0.999 * v[j] + 0.001 * g * g;
                var mHat = m[j] / (1 - Math.pow(0.9, epoch));
                var vHat = v[j] / (1 - Math.pow(0.999, epoch));
                w[j] -= rate * mHat / (Math.sqrt(vHat) + 1e-8);
            }
        }
        return new Fit(mean, scale, java.util.Arrays.copyOf(w, d), w[d]);
    }

    /** Weights on the raw features: standardisation folded in, so that the product needs no means. */
    /** Where P(paraphrase | cosine) = 1/2 for a logistic regression on the cosine alone (Newton's method). */
    static double cosineAtEvenOdds(List<Example> examples) {
        double a = 0, b = 0;
        for (var iteration = 0; iteration < 50; iteration++) {
            double ga = 0, gb = 0, haa = 0, hab = 0, hbb = 0;
            for (var e : examples) {
                var x = PairFeatures.cosine(e.features());
                var p = 1 / (1 + Math.exp(-(a + b * x)));
                var y = e.paraphrase() ? 1 : 0;
                ga += p - y;
                gb += (p - y) * x;
                var w = p * (1 - p);
                haa += w;
                hab += w * x;
                hbb += w * x * x;
            }
            var det = haa * hbb - hab * hab;
            a -= (hbb * ga - hab * gb) / det;
            b -= (haa * gb - hab * ga) / det;
        }
        return -a / b;
    }

    private static void write(Path output, Fit fit, double threshold, double sameMeaning, double l2, double f1)
            throws IOException {
        var bias = fit.bias();
        var raw = new double[fit.weights().length];
        for (var j = 0; j < raw.length; j++) {
            raw[j] = fit.weights()[j] / fit.scale()[j];
            bias -= raw[j] * fit.mean()[j];
        }
        try (Writer out = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
            out.write("# Same-statement weights, trained by TrainClaimMatcher on the MSRP training split only\n");
            out.write(String.format(Locale.ROOT, "# (10-fold cross-validation: l2 %s, F1 %.4f). Conflict features are"
                    + " left out of \"same statement\" (as if no value conflicted), kept in \"equivalent\".%n", l2, f1));
            out.write(String.format(Locale.ROOT, "threshold=%.2f%n", threshold));
            out.write(String.format(Locale.ROOT, "same_meaning=%.3f%n", sameMeaning));
            out.write(String.format(Locale.ROOT, "bias=%.6f%n", bias));
            for (var j = 0; j < raw.length; j++) {
                out.write(String.format(Locale.ROOT, "weight.%s=%.6f%n", PairFeatures.NAMES.get(j), raw[j]));
            }
        }
    }
}
