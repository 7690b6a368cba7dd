package org.factdesk.analysis.clean;

import java.util.List;
import org.factdesk.analysis.extract.Lbfgs;

/**
 * Weighted, L2-regularised logistic regression on sparse examples, fitted by the trainers' one L-BFGS
 * ({@link Lbfgs}): deterministic, and exact enough that the regularisation chosen by cross-validation means what it
 * says. Test scope only; the product reads the fitted weights.
 */
final class LogisticRegression {

    private static final int MAX_ITERATIONS = 300;
    private static final double TOLERANCE = 1e-6;

    /**
     * @param ids    feature ids of the example, into the weight vector
     * @param label  1 for content, 0 for furniture
     * @param weight how much the example counts
     */
    record Example(int[] ids, float[] values, double label, double weight) {
    }

    private LogisticRegression() {
    }

    /**
     * @param dimension size of the weight vector
     * @param usable    features that may get a weight (others stay 0)
     * @param bias      id of the bias feature, which is not regularised
     */
    static double[] fit(List<Example> examples, int dimension, boolean[] usable, int bias, double l2) {
        var x = new double[dimension];
        Lbfgs.Objective objective = (w, gradient) -> {
            java.util.Arrays.fill(gradient, 0);
            var loss = 0.0;
            for (var example : examples) {
                var z = 0.0;
                for (var k = 0; k < example.ids.length; k++) {
                    z += w[example.ids[k]] * example.values[k];
                }
                var p = 1 / (1 + Math.exp(-z));
                loss += example.weight * (Math.max(z, 0) - z * example.label + Math.log1p(Math.exp(-Math.abs(z))));
                var g = example.weight * (p - example.label);
                for (var k = 0; k < example.ids.length; k++) {
                    gradient[example.ids[k]] += g * example.values[k];
                }
            }
            for (var j = 0; j < w.length; j++) {
                if (!usable[j]) {
                    gradient[j] = 0;
                } else if (j != bias) {
                    loss += l2 / 2 * w[j] * w[j];
                    gradient[j] += l2 * w[j];
                }
            }
            return loss;
        };
        return Lbfgs.minimise(objective, x, MAX_ITERATIONS, TOLERANCE);
    }
}
