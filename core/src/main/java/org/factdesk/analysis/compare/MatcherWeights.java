package org.factdesk.analysis.compare;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * The logistic regression behind "same statement", as trained by {@code TrainClaimMatcher} on the training split of
 * the Microsoft Research Paraphrase Corpus (cross-validated there; the corpus itself is not shipped, only these
 * weights). Features are standardised inside the weights. {@link #equivalent} is the regression as trained;
 * {@link #sameStatement} leaves the conflict features out: the regression learnt from the corpus that a differing
 * figure or place makes two sentences no paraphrase, and what is left is whether they would say the same if that
 * value agreed. Both are decided at the one threshold cross-validation chose.
 */
final class MatcherWeights {

    static final String RESOURCE = "claim-matcher.properties";

    private final double bias;
    private final double[] weights;
    private final boolean[] conflict;
    private final double threshold;
    private final double sameMeaning;

    MatcherWeights(double bias, double[] weights, double threshold, double sameMeaning) {
        if (weights.length != PairFeatures.NAMES.size()) {
            throw new IllegalArgumentException(weights.length + " weights for " + PairFeatures.NAMES.size() + " features");
        }
        this.bias = bias;
        this.weights = weights.clone();
        this.threshold = threshold;
        this.sameMeaning = sameMeaning;
        conflict = new boolean[weights.length];
        for (var i = 0; i < weights.length; i++) {
            conflict[i] = PairFeatures.CONFLICTS.contains(PairFeatures.NAMES.get(i));
        }
    }

    static MatcherWeights shipped() {
        try (InputStream in = MatcherWeights.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing beside " + MatcherWeights.class.getName());
            }
            var properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            var weights = new double[PairFeatures.NAMES.size()];
            for (var i = 0; i < weights.length; i++) {
                weights[i] = Double.parseDouble(required(properties, "weight." + PairFeatures.NAMES.get(i)));
            }
            return new MatcherWeights(Double.parseDouble(required(properties, "bias")), weights,
                    Double.parseDouble(required(properties, "threshold")),
                    Double.parseDouble(required(properties, "same_meaning")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String required(Properties properties, String key) {
        var value = properties.getProperty(key);
        if (value == null) {
            throw new IllegalStateException(RESOURCE + " has no " + key + ": train it again (TrainClaimMatcher)");
        }
        return value;
    }

    /** The probability that the two say the same, values included: what the corpus calls a paraphrase. */
    double equivalent(double[] features) {
        var logit = bias;
        for (var i = 0; i < features.length; i++) {
            logit += weights[i] * features[i];
        }
        return 1 / (1 + Math.exp(-logit));
    }

    /** The probability that the two would be the same statement if no value conflicted. */
    double sameStatement(double[] features) {
        var logit = bias;
        for (var i = 0; i < features.length; i++) {
            if (!conflict[i]) {
                logit += weights[i] * features[i];
            }
        }
        return 1 / (1 + Math.exp(-logit));
    }

    double threshold() {
        return threshold;
    }

    /**
     * The cosine from which two sentences of one story are more often equivalent than not: where a logistic
     * regression on the cosine alone, fitted to the same corpus, crosses one half.
     */
    double sameMeaning() {
        return sameMeaning;
    }
}
