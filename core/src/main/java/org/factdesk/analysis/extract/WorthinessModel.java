package org.factdesk.analysis.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A logistic regression over named features, stored as readable "feature TAB weight" lines so that a reviewer
 * can see what the model learned. Immutable once read; thread-safe.
 */
final class WorthinessModel {

    static final String RESOURCE = "check-worthiness.weights";
    private static final String BIAS = "#bias";

    private final double bias;
    private final Map<String, Double> weights;

    WorthinessModel(double bias, Map<String, Double> weights) {
        this.bias = bias;
        this.weights = Map.copyOf(weights);
    }

    static WorthinessModel shipped() {
        try (var in = WorthinessModel.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Check-worthiness weights missing from the classpath: " + RESOURCE);
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static WorthinessModel read(InputStream in) throws IOException {
        var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        var weights = new HashMap<String, Double>();
        var bias = 0.0;
        for (var line = reader.readLine(); line != null; line = reader.readLine()) {
            var tab = line.lastIndexOf('\t');
            if (tab <= 0) {
                continue;
            }
            var feature = line.substring(0, tab);
            var weight = Double.parseDouble(line.substring(tab + 1));
            if (BIAS.equals(feature)) {
                bias = weight;
            } else {
                weights.put(feature, weight);
            }
        }
        return new WorthinessModel(bias, weights);
    }

    void write(Writer out) throws IOException {
        out.write(BIAS + "\t" + format(bias) + "\n");
        for (var entry : new TreeMap<>(weights).entrySet()) {
            out.write(entry.getKey() + "\t" + format(entry.getValue()) + "\n");
        }
        out.flush();
    }

    /** The same weights with the decision point moved: a score of 0.5 then means log-odds {@code -offset}. */
    WorthinessModel shifted(double offset) {
        return new WorthinessModel(bias + offset, weights);
    }

    double weight(String feature) {
        return weights.getOrDefault(feature, 0.0);
    }

    /** Log-odds of check-worthy; a feature that occurs twice counts twice, as in training. */
    double logit(Collection<String> features) {
        var sum = bias;
        for (var feature : features) {
            sum += weight(feature);
        }
        return sum;
    }

    int size() {
        return weights.size();
    }

    static double probability(double logit) {
        return 1 / (1 + Math.exp(-logit));
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, "%.4f", value);
    }
}
