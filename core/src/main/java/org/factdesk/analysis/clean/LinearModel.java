package org.factdesk.analysis.clean;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A logistic regression over named features; immutable, thread-safe. A weight named {@code d|name} or
 * {@code k|name} applies to feature {@code name} of a vector under that {@link FeatureVector#condition}.
 */
final class LinearModel {

    private final Map<String, Double> weights;
    /** By feature name: its own weight, then its weight under each condition. */
    private final Map<String, double[]> byFeature;

    LinearModel(Map<String, Double> weights) {
        this.weights = Map.copyOf(weights);
        var byFeature = new java.util.HashMap<String, double[]>();
        weights.forEach((name, weight) -> {
            var condition = FeatureVector.NONE;
            var base = name;
            for (var c = 1; c < FeatureVector.PREFIXES.length; c++) {
                if (name.startsWith(FeatureVector.PREFIXES[c])) {
                    condition = c;
                    base = name.substring(FeatureVector.PREFIXES[c].length());
                }
            }
            byFeature.computeIfAbsent(base, n -> new double[FeatureVector.PREFIXES.length])[condition] += weight;
        });
        this.byFeature = Map.copyOf(byFeature);
    }

    double logit(FeatureVector features) {
        var sum = 0.0;
        var condition = features.condition;
        for (var i = 0; i < features.size(); i++) {
            var weight = byFeature.get(features.name(i));
            if (weight != null) {
                sum += (weight[0] + (condition == FeatureVector.NONE ? 0 : weight[condition])) * features.value(i);
            }
        }
        return sum;
    }

    double probability(FeatureVector features) {
        return 1 / (1 + Math.exp(-logit(features)));
    }

    double weight(String feature) {
        return weights.getOrDefault(feature, 0.0);
    }

    int size() {
        return weights.size();
    }

    /** "feature TAB weight" lines, sorted by feature. */
    void write(Writer out) throws IOException {
        for (var entry : new TreeMap<>(weights).entrySet()) {
            out.write(entry.getKey() + "\t" + String.format(Locale.ROOT, "%.4f", entry.getValue()) + "\n");
        }
    }
}
