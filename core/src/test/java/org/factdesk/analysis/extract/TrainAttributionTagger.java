package org.factdesk.analysis.extract;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.factdesk.analysis.evaluation.PolnearCorpus;
import org.factdesk.analysis.evaluation.SpanScore;

/**
 * Trains the shipped attribution tagger on PolNeAR's TRAIN compartment as an averaged perceptron over
 * {@link AttributionFeatures}, and picks the number of epochs by exact source-span F1 on the DEV compartment.
 * The test compartment is never read here. Five folds of first-pass labels train the second pass; the run takes
 * about 5 CPU minutes and 8 GB of heap. Usage:
 * {@code MAVEN_OPTS=-Xmx10g mvn -q -pl core test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.factdesk.analysis.extract.TrainAttributionTagger -Dexec.args="DATA_DIR [OUTPUT_FILE]"}.
 */
public final class TrainAttributionTagger {

    /** A word seen fewer times says nothing reliable about cues. */
    private static final int MIN_CUE_WORD = 3;
    /**
     * Features seen fewer times are noise, and would bloat the shipped file; 5 kept the first pass's dev source F1
     * (0.695) that 3 gave, with a third fewer features.
     */
    private static final int MIN_FEATURE = Integer.getInteger("minFeature", 5);
    /** Dev F1 still crept up at 12 epochs; 20 is where both passes level off. */
    private static final int MAX_EPOCHS = Integer.getInteger("epochs", 20);
    private static final int LABELS = AttributionModel.LABELS;

    private record Example(int[][] features, int[] gold) {
    }

    private TrainAttributionTagger() {
    }

    public static void main(String[] args) throws IOException {
        var data = Path.of(args.length > 0 ? args[0] : "../shared/data").resolve("polnear-attribution");
        var output = Path.of(args.length > 1 ? args[1]
                : "src/main/resources/org/factdesk/analysis/extract/" + AttributionModel.RESOURCE);
        var train = segments(data.resolve("train"));
        var dev = segments(data.resolve("dev"));
        System.err.printf(Locale.ROOT, "train %d segments, dev %d%n", train.size(), dev.size());
        var lexicon = cueLexicon(train);
        var features = new AttributionFeatures(lexicon);
        System.err.printf(Locale.ROOT, "cue words %d%n", lexicon.asMap().size());

        var first = train(features, train, null, dev, null, MAX_EPOCHS);
        System.err.printf(Locale.ROOT, "first pass: %d epochs, dev source F1 %.3f%n", first.epochs(), first.devF1());
        if (args.length > 2 && "1".equals(args[2])) {
            return;
        }
        // the second pass learns from first-pass labels as they look on unseen text: each fold's labels come
        // from a first pass trained on the other folds
        var jackknifed = new int[train.size()][];
        for (var fold = 0; fold < FOLDS; fold++) {
            var inFold = new ArrayList<PolnearCorpus.Segment>();
            var rest = new ArrayList<PolnearCorpus.Segment>();
            for (var segment : train) {
                (fold(segment) == fold ? inFold : rest).add(segment);
            }
            var foldModel = train(features, rest, null, List.of(), null, first.epochs()).stage();
            for (var k = 0; k < train.size(); k++) {
                if (fold(train.get(k)) == fold) {
                    jackknifed[k] = foldModel.decode(features.of(train.get(k).tokens()));
                }
            }
            System.err.printf(Locale.ROOT, "fold %d labelled (%d segments)%n", fold, inFold.size());
        }
        var devFirst = new int[dev.size()][];
        for (var k = 0; k < dev.size(); k++) {
            devFirst[k] = first.stage().decode(features.of(dev.get(k).tokens()));
        }
        var second = train(features, train, jackknifed, dev, devFirst, MAX_EPOCHS);
        System.err.printf(Locale.ROOT, "second pass: %d epochs, dev source F1 %.3f%n", second.epochs(), second.devF1());
        var model = new AttributionModel(lexicon, List.of(first.stage().pruned(MIN_WEIGHT),
                second.stage().pruned(MIN_WEIGHT)));
        try (var out = Files.newOutputStream(output)) {
            model.write(out);
        }
        System.err.printf(Locale.ROOT, "wrote %d weight rows to %s (%d bytes)%n", model.size(), output,
                Files.size(output));
    }

    private static final int FOLDS = 5;
    /**
     * Weight rows whose weights all stay below this are not shipped: on dev the source F1 stays at 0.702 while
     * the file shrinks from 7.0 to 1.7 MB (20 against 10 and 30, measured on dev only).
     */
    private static final float MIN_WEIGHT = 20f;

    /** Folds by article, so that the six annotations of one article never straddle two folds. */
    private static int fold(PolnearCorpus.Segment segment) {
        return Math.floorMod(segment.document().article().hashCode(), FOLDS);
    }

    private record Trained(AttributionModel.Stage stage, int epochs, double devF1) {
    }

    /**
     * Trains one pass for up to {@code epochs} epochs and keeps the epoch with the best dev source F1 (the last
     * one when there is no dev set). {@code previous} holds the earlier pass's labels per segment, or null.
     */
    private static Trained train(AttributionFeatures features, List<PolnearCorpus.Segment> train, int[][] previous,
                                 List<PolnearCorpus.Segment> dev, int[][] devPrevious, int epochs) {
        var counts = new HashMap<Long, Integer>();
        var trainHashes = new ArrayList<long[][]>();
        for (var k = 0; k < train.size(); k++) {
            var hashes = features.of(train.get(k).tokens(), previous == null ? null : previous[k]);
            trainHashes.add(hashes);
            for (var token : hashes) {
                for (var h : token) {
                    counts.merge(h, 1, Integer::sum);
                }
            }
        }
        var index = new HashMap<Long, Integer>();
        counts.forEach((h, n) -> {
            if (n >= MIN_FEATURE) {
                index.put(h, index.size());
            }
        });
        counts.clear();
        var examples = new ArrayList<Example>();
        for (var k = 0; k < train.size(); k++) {
            examples.add(new Example(indexed(trainHashes.get(k), index), train.get(k).labels()));
        }
        trainHashes.clear();
        var devHashes = new ArrayList<long[][]>();
        for (var k = 0; k < dev.size(); k++) {
            devHashes.add(features.of(dev.get(k).tokens(), devPrevious == null ? null : devPrevious[k]));
        }
        var perceptron = new Perceptron(index.size());
        var random = new Random(20161108L);
        Trained best = null;
        for (var epoch = 1; epoch <= epochs; epoch++) {
            Collections.shuffle(examples, random);
            var mistakes = 0;
            for (var example : examples) {
                mistakes += perceptron.learn(example) ? 1 : 0;
            }
            if (dev.isEmpty()) {
                if (epoch == epochs) {
                    best = new Trained(perceptron.averaged(index), epoch, Double.NaN);
                }
                continue;
            }
            var stage = perceptron.averaged(index);
            var score = score(stage, dev, devHashes);
            var source = score.of(AttributionRole.SOURCE);
            System.err.printf(Locale.ROOT, "  epoch %d: %d segments wrong; dev source exact P=%.3f R=%.3f F1=%.3f,"
                            + " cue F1=%.3f, content F1=%.3f (%d features)%n", epoch, mistakes, source.precision(),
                    source.recall(), source.f1(), score.of(AttributionRole.CUE).f1(),
                    score.of(AttributionRole.CONTENT).f1(), index.size());
            if (best == null || source.f1() > best.devF1()) {
                best = new Trained(stage, epoch, source.f1());
            }
        }
        return best;
    }

    static List<PolnearCorpus.Segment> segments(Path compartment) {
        var segments = new ArrayList<PolnearCorpus.Segment>();
        for (var document : PolnearCorpus.read(compartment)) {
            segments.addAll(PolnearCorpus.segments(document));
        }
        return segments;
    }

    private static CueLexicon cueLexicon(List<PolnearCorpus.Segment> train) {
        var seen = new HashMap<String, int[]>();
        for (var segment : train) {
            for (var i = 0; i < segment.tokens().size(); i++) {
                var counts = seen.computeIfAbsent(segment.tokens().get(i).lower(), w -> new int[3]);
                counts[0]++;
                counts[1] += AttributionRole.of(segment.labels()[i]) == AttributionRole.CUE ? 1 : 0;
                counts[2] += AttributionRole.of(segment.labels()[i]) == AttributionRole.SOURCE ? 1 : 0;
            }
        }
        var buckets = new HashMap<Long, Integer>();
        seen.forEach((word, counts) -> {
            var bucket = CueLexicon.bucket(counts[1], counts[0]);
            if (counts[0] >= MIN_CUE_WORD && bucket > 0) {
                buckets.put(CueLexicon.key(word), bucket);
            }
            var sourceBucket = CueLexicon.bucket(counts[2], counts[0]);
            if (counts[0] >= MIN_CUE_WORD && sourceBucket > 0) {
                buckets.put(CueLexicon.sourceKey(word), sourceBucket);
            }
        });
        return new CueLexicon(buckets);
    }

    private static int[][] indexed(long[][] hashes, Map<Long, Integer> index) {
        var result = new int[hashes.length][];
        for (var i = 0; i < hashes.length; i++) {
            var row = new int[hashes[i].length];
            var n = 0;
            for (var h : hashes[i]) {
                var k = index.get(h);
                if (k != null) {
                    row[n++] = k;
                }
            }
            result[i] = java.util.Arrays.copyOf(row, n);
        }
        return result;
    }

    static SpanScore score(AttributionModel.Stage stage, List<PolnearCorpus.Segment> segments, List<long[][]> hashes) {
        var score = new SpanScore();
        for (var k = 0; k < segments.size(); k++) {
            var segment = segments.get(k);
            var predicted = stage.decode(hashes.get(k));
            score.add(AttributionTagger.spans(segment.tokens(), segment.labels()),
                    AttributionTagger.spans(segment.tokens(), predicted));
        }
        return score;
    }

    /** Structured perceptron with weight averaging by the usual running-sum trick. */
    private static final class Perceptron {

        private final float[] weights;
        private final float[] sums;
        private final float[] transitions = new float[(LABELS + 1) * LABELS];
        private final float[] transitionSums = new float[(LABELS + 1) * LABELS];
        private int step = 1;

        Perceptron(int features) {
            weights = new float[features * LABELS];
            sums = new float[features * LABELS];
        }

        /** Decodes, updates on a mistake, and returns whether there was one. */
        boolean learn(Example example) {
            var n = example.gold().length;
            var emission = new float[n][LABELS];
            for (var i = 0; i < n; i++) {
                for (var f : example.features()[i]) {
                    for (var label = 0; label < LABELS; label++) {
                        emission[i][label] += weights[f * LABELS + label];
                    }
                }
            }
            var predicted = AttributionModel.viterbi(emission, transitions);
            var wrong = false;
            for (var i = 0; i < n; i++) {
                var gold = example.gold()[i];
                var guess = predicted[i];
                if (gold != guess) {
                    wrong = true;
                    for (var f : example.features()[i]) {
                        update(weights, sums, f * LABELS + gold, 1);
                        update(weights, sums, f * LABELS + guess, -1);
                    }
                }
                var goldFrom = i == 0 ? AttributionModel.START : example.gold()[i - 1];
                var guessFrom = i == 0 ? AttributionModel.START : predicted[i - 1];
                if (goldFrom != guessFrom || gold != guess) {
                    update(transitions, transitionSums, goldFrom * LABELS + gold, 1);
                    update(transitions, transitionSums, guessFrom * LABELS + guess, -1);
                }
            }
            step++;
            return wrong;
        }

        private void update(float[] w, float[] s, int at, float delta) {
            w[at] += delta;
            s[at] += step * delta;
        }

        AttributionModel.Stage averaged(Map<Long, Integer> index) {
            var rows = new HashMap<Long, float[]>();
            index.forEach((hash, f) -> {
                var row = new float[LABELS];
                var any = false;
                for (var label = 0; label < LABELS; label++) {
                    var at = f * LABELS + label;
                    row[label] = weights[at] - sums[at] / step;
                    any |= Math.abs(row[label]) > 1e-4;
                }
                if (any) {
                    rows.put(hash, row);
                }
            });
            var averaged = new float[transitions.length];
            for (var k = 0; k < averaged.length; k++) {
                averaged[k] = transitions[k] - transitionSums[k] / step;
            }
            return new AttributionModel.Stage(rows, averaged);
        }
    }
}
