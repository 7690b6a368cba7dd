package org.factdesk.analysis.extract;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import org.factdesk.analysis.extract.CheckWorthiness.Genre;
import org.factdesk.analysis.extract.WorthinessCorpora.Source;
import org.factdesk.analysis.extract.WorthinessCorpora.Statement;

/**
 * Trains the shipped check-worthiness weights on the TRAINING parts of ClaimBuster two-class (debate sentences),
 * CLEF 2019 task 1 (debates and speeches) and CLEF 2020 task 1 (COVID-19 posts, dev split included); the test
 * splits are for the evaluations, which score each once.
 *
 * <p>Every choice is made on held-out parts of the training data: 4-fold cross-validation inside each set (CLEF 2019
 * folds by debate, so that no debate is both learned and scored) and the CLEF 2020 dev split, learned without it.
 * On those figures, words and word pairs beat adding letter groups inside words (posts' MAP 0.68 against 0.66);
 * giving each genre its own copy of the weights, or counting a post that states a claim not worth checking as half
 * a positive, did not help the posts; shares of the training weight of one half ClaimBuster, a sixth CLEF 2019 and
 * a third the posts keep ClaimBuster's F1 where a debates-only model has it while the posts gain 0.15 MAP over a
 * model that never saw a post. The L2 penalty is chosen here, from {@link #PENALTIES}, by the sum of ClaimBuster's
 * F1 and the posts' MAP, both cross-validated.
 *
 * <p>Calibration: the weights are shared by all genres; each genre's bias puts its decision point at 0.5. For
 * debates (and news copy, which no set holds) that point maximises ClaimBuster's cross-validated F1 with both classes
 * counted alike (a desk cannot know how many check-worthy sentences the next story holds); for posts it maximises F1
 * on the CLEF 2020 dev split. The shipped weights are then learned from all training parts, dev included. Usage:
 * {@code mvn -q -pl core test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.factdesk.analysis.extract.TrainCheckWorthiness -Dexec.args="DATA_DIR OUTPUT_FILE"}
 * ({@code -Dpenalties=30} tries only that penalty; {@code -Dembeddings=true} adds MiniLM sentence vectors for
 * {@link EmbeddedExperiment}, which the product does not read).
 */
public final class TrainCheckWorthiness {

    static final double[] PENALTIES = {10, 30, 100};
    private static final int FOLDS = 4;
    private static final int ITERATIONS = 300;
    /** Features seen in fewer training statements are noise, and would bloat the shipped file. */
    private static final int MIN_STATEMENTS = 2;
    /** Weights smaller than this change no score by a thousandth; they are left out of the shipped file. */
    private static final double SHIPPED_WEIGHT = 0.001;
    private static final Map<Source, Double> SHARES = Map.of(Source.CLAIMBUSTER, 0.5, Source.CLEF2019, 0.16,
            Source.CLEF2020, 0.34);

    /** A statement as the trainer sees it. */
    record Example(Statement statement, List<String> features, float[] vector) {

        Example(Statement statement, List<String> features) {
            this(statement, features, null);
        }

        boolean worthy() {
            return statement.worthy();
        }

        Source source() {
            return statement.source();
        }

        boolean dev() {
            return source() == Source.CLEF2020 && "dev".equals(statement.group());
        }
    }

    private TrainCheckWorthiness() {
    }

    public static void main(String[] args) throws IOException {
        var data = Path.of(args.length > 0 ? args[0] : "../shared/data");
        var output = Path.of(args.length > 1 ? args[1]
                : "src/main/resources/org/factdesk/analysis/extract/" + WorthinessModel.RESOURCE);
        var examples = examples(WorthinessCorpora.training(data));
        if (Boolean.getBoolean("embeddings")) {
            examples = EmbeddedExperiment.embedded(examples);
        }
        for (var source : Source.values()) {
            var of = examples.stream().filter(e -> e.source() == source).toList();
            System.err.printf(Locale.ROOT, "%s: %d training statements, %d check-worthy%n", source, of.size(),
                    of.stream().filter(Example::worthy).count());
        }
        HeldOut best = null;
        var penalties = System.getProperty("penalties") == null ? PENALTIES
                : java.util.Arrays.stream(System.getProperty("penalties").split(",")).mapToDouble(Double::parseDouble)
                        .toArray();
        for (var l2 : penalties) {
            var heldOut = heldOut(examples, l2);
            System.err.println(heldOut);
            best = best == null || heldOut.objective() > best.objective() ? heldOut : best;
        }
        var trained = train(examples, best.l2());
        var biases = new EnumMap<Genre, Double>(Genre.class);
        var debate = trained.weight("#source:" + Source.CLAIMBUSTER) - best.claimBusterThreshold();
        biases.put(Genre.NEWS, debate);
        biases.put(Genre.DEBATE, debate);
        biases.put(Genre.TWEET, trained.weight("#source:" + Source.CLEF2020) - best.devThreshold());
        var weights = new HashMap<String, Double>();
        trained.index().forEach((feature, i) -> {
            if (!feature.startsWith("#source:") && Math.abs(trained.weights()[i]) >= SHIPPED_WEIGHT) {
                weights.put(feature, trained.weights()[i]);
            }
        });
        var model = new WorthinessModel(biases, weights);
        try (var out = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
            model.write(out);
        }
        System.err.printf(Locale.ROOT, "chose l2=%.0f; wrote %d weights to %s%n", best.l2(), model.size(), output);
    }

    static List<Example> examples(List<Statement> statements) {
        var cues = new WorthinessCues();
        return statements.stream().map(s -> new Example(s, cues.features(s.text()).names())).toList();
    }

    /**
     * Figures on held-out parts for one penalty, and the decision points they give.
     *
     * @param claimBusterThreshold log-odds (with ClaimBuster's bias) where its balanced F1 peaks
     * @param devThreshold         log-odds (with the posts' bias) where F1 on the CLEF 2020 dev split peaks
     */
    record HeldOut(double l2, double claimBusterF1, double claimBusterThreshold, double clef2019Map,
                   double clef2020Map, double devMap, double devF1, double devThreshold) {

        double objective() {
            return claimBusterF1 + clef2020Map;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "l2=%.0f  ClaimBuster 4-fold F1=%.3f (at log-odds %.2f)  CLEF 2019 "
                            + "4-fold MAP=%.3f  CLEF 2020 4-fold MAP=%.3f  CLEF 2020 dev MAP=%.3f F1=%.3f (at %.2f)",
                    l2, claimBusterF1, claimBusterThreshold, clef2019Map, clef2020Map, devMap, devF1, devThreshold);
        }
    }

    static HeldOut heldOut(List<Example> examples, double l2) {
        var folds = folds(examples);
        var scores = new double[examples.size()];
        for (var fold = 0; fold < FOLDS; fold++) {
            var learned = new ArrayList<Example>();
            for (var i = 0; i < examples.size(); i++) {
                if (folds[i] != fold) {
                    learned.add(examples.get(i));
                }
            }
            var model = train(learned, l2);
            for (var i = 0; i < examples.size(); i++) {
                if (folds[i] == fold) {
                    scores[i] = model.logit(examples.get(i));
                }
            }
        }
        var claimBuster = scored(examples, scores, Source.CLAIMBUSTER);
        var positives = claimBuster.stream().filter(Scored::worthy).count();
        var balanced = bestF1(claimBuster, positives / (double) (claimBuster.size() - positives));
        var devModel = train(examples.stream().filter(e -> !e.dev()).toList(), l2);
        var dev = examples.stream().filter(Example::dev).map(e -> new Scored(devModel.logit(e), e.worthy())).toList();
        var devF1 = bestF1(dev, 1);
        return new HeldOut(l2, balanced[0], balanced[1], meanAveragePrecision(examples, scores, Source.CLEF2019),
                meanAveragePrecision(examples, scores, Source.CLEF2020), averagePrecision(dev), devF1[0], devF1[1]);
    }

    /** Each statement's fold: CLEF 2019 by debate, the others at random (fixed seed). */
    static int[] folds(List<Example> examples) {
        var folds = new int[examples.size()];
        var random = new Random(7);
        var debates = new TreeSet<String>();
        examples.stream().filter(e -> e.source() == Source.CLEF2019).forEach(e -> debates.add(e.statement().group()));
        var debateFold = new HashMap<String, Integer>();
        for (var debate : debates) {
            debateFold.put(debate, debateFold.size() % FOLDS);
        }
        for (var i = 0; i < examples.size(); i++) {
            var e = examples.get(i);
            folds[i] = e.source() == Source.CLEF2019 ? debateFold.get(e.statement().group()) : random.nextInt(FOLDS);
        }
        return folds;
    }

    /** Weights by feature index, as trained. */
    record Trained(Map<String, Integer> index, double[] weights) {

        double weight(String feature) {
            var i = index.get(feature);
            return i == null ? 0 : weights[i];
        }

        double logit(Example example) {
            var sum = 0.0;
            for (var f : features(example)) {
                sum += weight(f);
            }
            if (example.vector() != null) {
                for (var d = 0; d < example.vector().length; d++) {
                    sum += weight("e:" + d) * example.vector()[d];
                }
            }
            return sum;
        }
    }

    /** The statement's features and its set's bias, which takes up how rare check-worthy statements were there. */
    static List<String> features(Example example) {
        var features = new ArrayList<String>(example.features().size() + 1);
        features.add("#source:" + example.source());
        features.addAll(example.features());
        return features;
    }

    /**
     * Logistic regression with L2 (the sets' biases unpenalised), minimised by L-BFGS: deterministic, no sampling.
     * Each set carries its share of the total weight ({@link #SHARES}), split evenly between its two classes, so
     * that the weights learn what makes a statement worth checking rather than how rare such statements were in
     * one set.
     */
    static Trained train(List<Example> examples, double l2) {
        var counts = new HashMap<String, Integer>();
        for (var example : examples) {
            features(example).stream().distinct().forEach(f -> counts.merge(f, 1, Integer::sum));
        }
        var index = new HashMap<String, Integer>();
        counts.keySet().stream().sorted().forEach(f -> {
            if (counts.get(f) >= MIN_STATEMENTS || f.startsWith("#source:")) {
                index.put(f, index.size());
            }
        });
        var classTotals = new HashMap<String, Integer>();
        examples.forEach(e -> classTotals.merge(e.source() + "/" + e.worthy(), 1, Integer::sum));
        var rows = new int[examples.size()][];
        var values = new double[examples.size()][];
        var labels = new boolean[examples.size()];
        var exampleWeights = new double[examples.size()];
        for (var i = 0; i < examples.size(); i++) {
            var e = examples.get(i);
            var counted = new LinkedHashMap<Integer, Double>();
            for (var f : features(e)) {
                var column = index.get(f);
                if (column != null) {
                    counted.merge(column, 1.0, Double::sum);
                }
            }
            if (e.vector() != null) {
                for (var d = 0; d < e.vector().length; d++) {
                    counted.put(index.computeIfAbsent("e:" + d, k -> index.size()), (double) e.vector()[d]);
                }
            }
            rows[i] = counted.keySet().stream().mapToInt(Integer::intValue).toArray();
            values[i] = counted.values().stream().mapToDouble(Double::doubleValue).toArray();
            labels[i] = e.worthy();
            // mean example weight 1 over the whole training data
            exampleWeights[i] = examples.size() * SHARES.get(e.source()) / 2
                    / classTotals.get(e.source() + "/" + e.worthy());
        }
        var penalties = new double[index.size()];
        index.forEach((f, i) -> penalties[i] = f.startsWith("#source:") ? 0 : 1);
        var weights = new Lbfgs(rows, values, labels, exampleWeights, penalties, l2)
                .minimise(new double[index.size()], ITERATIONS);
        return new Trained(index, weights);
    }

    record Scored(double logit, boolean worthy) {
    }

    private static List<Scored> scored(List<Example> examples, double[] scores, Source source) {
        var scored = new ArrayList<Scored>();
        for (var i = 0; i < examples.size(); i++) {
            if (examples.get(i).source() == source) {
                scored.add(new Scored(scores[i], examples.get(i).worthy()));
            }
        }
        return scored;
    }

    /** The best F1 of the check-worthy class over decision points, and that point; negatives weighted. */
    static double[] bestF1(List<Scored> scored, double negativeWeight) {
        var best = new double[] {-1, 0};
        for (var threshold = -4.0; threshold <= 4.0; threshold += 0.05) {
            double truePositive = 0, falsePositive = 0, falseNegative = 0;
            for (var s : scored) {
                var predicted = s.logit() > threshold;
                truePositive += predicted && s.worthy() ? 1 : 0;
                falsePositive += predicted && !s.worthy() ? negativeWeight : 0;
                falseNegative += !predicted && s.worthy() ? 1 : 0;
            }
            var f1 = 2 * truePositive / (2 * truePositive + falsePositive + falseNegative);
            if (f1 > best[0]) {
                best = new double[] {f1, threshold};
            }
        }
        return best;
    }

    /** Average precision per group (a CLEF 2019 debate; CLEF 2020 is one topic), averaged over groups. */
    static double meanAveragePrecision(List<Example> examples, double[] scores, Source source) {
        var groups = new LinkedHashMap<String, List<Scored>>();
        for (var i = 0; i < examples.size(); i++) {
            var e = examples.get(i);
            if (e.source() == source) {
                groups.computeIfAbsent(source == Source.CLEF2019 ? e.statement().group() : "",
                        g -> new ArrayList<>()).add(new Scored(scores[i], e.worthy()));
            }
        }
        return groups.values().stream().mapToDouble(TrainCheckWorthiness::averagePrecision).average().orElse(0);
    }

    static double averagePrecision(List<Scored> scored) {
        var ranked = new ArrayList<>(scored);
        ranked.sort(Comparator.comparingDouble(Scored::logit).reversed());
        var found = 0;
        var sum = 0.0;
        for (var rank = 0; rank < ranked.size(); rank++) {
            if (ranked.get(rank).worthy()) {
                found++;
                sum += found / (double) (rank + 1);
            }
        }
        return found == 0 ? 0 : sum / found;
    }
}
