package org.factdesk.analysis.extract;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The weights of the attribution tagger: a linear score per token label from the token's features, plus a score
 * for each pair of neighbouring labels, decoded with Viterbi so that every span is well formed (an inside label
 * only continues a span of its role). Trained as an averaged perceptron on PolNeAR's training compartment
 * ({@code TrainAttributionTagger}). Two passes: the second also reads the first one's labels around each token.
 * Immutable and thread-safe once read.
 */
final class AttributionModel {

    static final String RESOURCE = "attribution.model.gz";
    private static final int MAGIC = 0x46444133;
    static final int LABELS = AttributionRole.LABELS;
    /** Row of the transition scores holding the scores of the first label of a paragraph. */
    static final int START = LABELS;

    /** One pass of the tagger: a weight row per feature hash, and the label-pair scores. */
    static final class Stage {

        private final HashTable rows;
        private final float[] weights;
        private final float[] transitions;

        Stage(Map<Long, float[]> weights, float[] transitions) {
            this.rows = new HashTable(weights.size());
            this.weights = new float[weights.size() * LABELS];
            var row = 0;
            for (var entry : weights.entrySet()) {
                rows.put(fold(entry.getKey()), row);
                System.arraycopy(entry.getValue(), 0, this.weights, row * LABELS, LABELS);
                row++;
            }
            this.transitions = transitions.clone();
        }

        int size() {
            return rows.size();
        }

        /**
         * A feature's key in a shipped stage: its hash folded to 32 bits, which halves the file; among a few
         * hundred thousand features a handful share a key, too few to move a decision. Folding twice changes
         * nothing.
         */
        static long fold(long hash) {
            return (hash ^ (hash >>> 32)) & 0xFFFFFFFFL;
        }

        /** The stage without the rows whose weights are all smaller than {@code minWeight}: they rarely decide. */
        Stage pruned(float minWeight) {
            var kept = new HashMap<Long, float[]>();
            rows.asMap().forEach((key, row) -> {
                var weightsOfRow = new float[LABELS];
                var largest = 0f;
                for (var label = 0; label < LABELS; label++) {
                    weightsOfRow[label] = weights[row * LABELS + label];
                    largest = Math.max(largest, Math.abs(weightsOfRow[label]));
                }
                if (largest >= minWeight) {
                    kept.put(key, weightsOfRow);
                }
            });
            return new Stage(kept, transitions);
        }

        /** The best label sequence for the tokens' features. */
        int[] decode(long[][] features) {
            return decode(features, null);
        }

        /** The best label sequence for the tokens' features, each token's {@code more} features added to its own. */
        int[] decode(long[][] features, long[][] more) {
            var emission = new float[features.length][LABELS];
            for (var i = 0; i < features.length; i++) {
                add(features[i], emission[i]);
                if (more != null) {
                    add(more[i], emission[i]);
                }
            }
            return viterbi(emission, transitions);
        }

        private void add(long[] features, float[] emission) {
            for (var feature : features) {
                var slot = rows.find(fold(feature));
                if (slot >= 0) {
                    var base = rows.value(slot) * LABELS;
                    for (var label = 0; label < LABELS; label++) {
                        emission[label] += weights[base + label];
                    }
                }
            }
        }

        private void write(DataOutputStream data) throws IOException {
            var byRow = rows.asMap();
            var largest = 1e-9f;
            for (var w : weights) {
                largest = Math.max(largest, Math.abs(w));
            }
            // 16-bit weights: a perceptron's decisions do not change at this resolution, the file halves
            var scale = largest / Short.MAX_VALUE;
            data.writeFloat(scale);
            data.writeInt(byRow.size());
            for (var entry : byRow.entrySet()) {
                data.writeInt((int) entry.getKey().longValue());
                for (var label = 0; label < LABELS; label++) {
                    data.writeShort(Math.round(weights[entry.getValue() * LABELS + label] / scale));
                }
            }
            data.writeInt(transitions.length);
            for (var t : transitions) {
                data.writeFloat(t);
            }
        }

        private static Stage read(DataInputStream data) throws IOException {
            var scale = data.readFloat();
            var weights = new HashMap<Long, float[]>();
            for (var k = data.readInt(); k > 0; k--) {
                var key = data.readInt() & 0xFFFFFFFFL;
                var row = new float[LABELS];
                for (var label = 0; label < LABELS; label++) {
                    row[label] = data.readShort() * scale;
                }
                weights.put(key, row);
            }
            var transitions = new float[data.readInt()];
            for (var k = 0; k < transitions.length; k++) {
                transitions[k] = data.readFloat();
            }
            return new Stage(weights, transitions);
        }
    }

    private final CueLexicon lexicon;
    private final List<Stage> stages;

    AttributionModel(CueLexicon lexicon, List<Stage> stages) {
        this.lexicon = lexicon;
        this.stages = List.copyOf(stages);
    }

    static AttributionModel shipped() {
        try (var in = AttributionModel.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Attribution model missing from the classpath: " + RESOURCE);
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    CueLexicon lexicon() {
        return lexicon;
    }

    int size() {
        return stages.stream().mapToInt(Stage::size).sum();
    }

    /** The labels of the tokens: the first pass reads the words, each later pass also the labels before it. */
    int[] decode(AttributionFeatures features, List<WordTokens.Token> tokens) {
        if (stages.isEmpty()) {
            return new int[tokens.size()];
        }
        var words = features.of(tokens);
        var labels = stages.get(0).decode(words);
        for (var stage : stages.subList(1, stages.size())) {
            labels = stage.decode(words, features.stackedOnly(tokens, labels));
        }
        return labels;
    }

    /**
     * Viterbi over {@code emission[token][label]} with {@code transitions[(from) * LABELS + to]}, row
     * {@link #START} for the first token. Labels that would continue a span of another role are never chosen.
     */
    static int[] viterbi(float[][] emission, float[] transitions) {
        var n = emission.length;
        var path = new int[n];
        if (n == 0) {
            return path;
        }
        var score = new double[n][LABELS];
        var back = new int[n][LABELS];
        for (var label = 0; label < LABELS; label++) {
            score[0][label] = allowed(START, label) ? emission[0][label] + transitions[START * LABELS + label]
                    : Double.NEGATIVE_INFINITY;
        }
        for (var i = 1; i < n; i++) {
            for (var label = 0; label < LABELS; label++) {
                var best = Double.NEGATIVE_INFINITY;
                var from = 0;
                for (var previous = 0; previous < LABELS; previous++) {
                    if (!allowed(previous, label)) {
                        continue;
                    }
                    var s = score[i - 1][previous] + transitions[previous * LABELS + label];
                    if (s > best) {
                        best = s;
                        from = previous;
                    }
                }
                score[i][label] = best + emission[i][label];
                back[i][label] = from;
            }
        }
        var last = 0;
        for (var label = 1; label < LABELS; label++) {
            if (score[n - 1][label] > score[n - 1][last]) {
                last = label;
            }
        }
        for (var i = n - 1; i >= 0; i--) {
            path[i] = last;
            last = back[i][last];
        }
        return path;
    }

    /** An inside label follows only the begin or inside label of its own role. */
    static boolean allowed(int previous, int label) {
        return ALLOWED[previous][label];
    }

    private static final boolean[][] ALLOWED = new boolean[LABELS + 1][LABELS];

    static {
        for (var previous = 0; previous <= LABELS; previous++) {
            for (var label = 0; label < LABELS; label++) {
                ALLOWED[previous][label] = label == 0 || AttributionRole.begins(label)
                        || previous != START && previous != 0 && AttributionRole.of(previous) == AttributionRole.of(label);
            }
        }
    }

    void write(OutputStream out) throws IOException {
        var gzip = new GZIPOutputStream(out);
        var data = new DataOutputStream(gzip);
        data.writeInt(MAGIC);
        var cues = lexicon.asMap();
        data.writeInt(cues.size());
        for (var entry : cues.entrySet()) {
            data.writeLong(entry.getKey());
            data.writeByte(entry.getValue());
        }
        data.writeInt(stages.size());
        for (var stage : stages) {
            stage.write(data);
        }
        data.flush();
        gzip.finish();
    }

    static AttributionModel read(InputStream in) throws IOException {
        var data = new DataInputStream(new BufferedInputStream(new GZIPInputStream(in)));
        if (data.readInt() != MAGIC) {
            throw new IOException("Not an attribution model");
        }
        var cues = new HashMap<Long, Integer>();
        for (var k = data.readInt(); k > 0; k--) {
            cues.put(data.readLong(), (int) data.readByte());
        }
        var stages = new ArrayList<Stage>();
        for (var k = data.readInt(); k > 0; k--) {
            stages.add(Stage.read(data));
        }
        return new AttributionModel(new CueLexicon(cues), stages);
    }
}
