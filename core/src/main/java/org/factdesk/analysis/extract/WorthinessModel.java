package org.factdesk.analysis.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A logistic regression over named features, stored as readable "feature TAB weight" lines so that a reviewer
 * can see what the model learned. The weights are shared by every genre; each genre has its own bias
 * ({@code #bias:TWEET}), because how many statements are worth checking, and where the line between worth and not
 * lies, differ between a debate and a feed. Immutable once read; thread-safe.
 */
final class WorthinessModel {

    static final String RESOURCE = "check-worthiness.weights";
    private static final String BIAS = "#bias:";

    private final Map<CheckWorthiness.Genre, Double> biases;
    private final Map<String, Double> weights;

    WorthinessModel(Map<CheckWorthiness.Genre, Double> biases, Map<String, Double> weights) {
        this.biases = new EnumMap<>(biases);
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
        var biases = new EnumMap<CheckWorthiness.Genre, Double>(CheckWorthiness.Genre.class);
        for (var line = reader.readLine(); line != null; line = reader.readLine()) {
            var tab = line.lastIndexOf('\t');
            if (tab <= 0) {
                continue;
            }
            var feature = line.substring(0, tab);
            var weight = Double.parseDouble(line.substring(tab + 1));
            if (feature.startsWith(BIAS)) {
                biases.put(CheckWorthiness.Genre.valueOf(feature.substring(BIAS.length())), weight);
            } else {
                weights.put(feature, weight);
            }
        }
        for (var genre : CheckWorthiness.Genre.values()) {
            if (!biases.containsKey(genre)) {
                throw new IOException("No bias for " + genre + " in the check-worthiness weights");
            }
        }
        return new WorthinessModel(biases, weights);
    }

    void write(Writer out) throws IOException {
        for (var bias : biases.entrySet()) {
            out.write(BIAS + bias.getKey().name() + "\t" + format(bias.getValue()) + "\n");
        }
        for (var entry : new TreeMap<>(weights).entrySet()) {
            out.write(entry.getKey() + "\t" + format(entry.getValue()) + "\n");
        }
        out.flush();
    }

    double bias(CheckWorthiness.Genre genre) {
        return biases.get(genre);
    }

    double weight(String feature) {
        return weights.getOrDefault(feature, 0.0);
    }

    /** Log-odds of check-worthy; a feature that occurs twice counts twice, as in training. */
    double logit(CheckWorthiness.Genre genre, Collection<String> features) {
        var sum = bias(genre);
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
