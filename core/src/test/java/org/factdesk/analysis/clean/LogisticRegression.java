package org.factdesk.analysis.clean;

import java.util.List;

/**
 * Weighted, L2-regularised logistic regression fitted by L-BFGS on sparse examples: deterministic, and exact enough
 * that the regularisation chosen by cross-validation means what it says. Test scope only; the product reads the
 * fitted weights.
 */
final class LogisticRegression {

    private static final int HISTORY = 10;
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
        Objective objective = (w, gradient) -> {
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
        return minimise(objective, x);
    }

    interface Objective {
        double evaluate(double[] x, double[] gradient);
    }

    /** Limited-memory BFGS with a backtracking line search. */
    static double[] minimise(Objective f, double[] x) {
        var n = x.length;
        var g = new double[n];
        var value = f.evaluate(x, g);
        var s = new double[HISTORY][];
        var y = new double[HISTORY][];
        var rho = new double[HISTORY];
        var count = 0;
        var direction = new double[n];
        var alpha = new double[HISTORY];
        for (var iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
            System.arraycopy(g, 0, direction, 0, n);
            var newest = count - 1;
            for (var k = newest; k >= Math.max(0, count - HISTORY); k--) {
                var i = k % HISTORY;
                alpha[i] = rho[i] * dot(s[i], direction);
                axpy(-alpha[i], y[i], direction);
            }
            if (count > 0) {
                var i = newest % HISTORY;
                scale(direction, dot(s[i], y[i]) / dot(y[i], y[i]));
            } else {
                scale(direction, 1 / Math.max(1e-12, Math.sqrt(dot(g, g))));
            }
            for (var k = Math.max(0, count - HISTORY); k <= newest; k++) {
                var i = k % HISTORY;
                var beta = rho[i] * dot(y[i], direction);
                axpy(alpha[i] - beta, s[i], direction);
            }
            scale(direction, -1);
            var slope = dot(g, direction);
            if (slope >= 0) {
                System.arraycopy(g, 0, direction, 0, n);
                scale(direction, -1 / Math.max(1e-12, Math.sqrt(dot(g, g))));
                slope = dot(g, direction);
                count = 0;
            }
            var step = 1.0;
            var next = new double[n];
            var nextGradient = new double[n];
            double nextValue;
            while (true) {
                for (var j = 0; j < n; j++) {
                    next[j] = x[j] + step * direction[j];
                }
                nextValue = f.evaluate(next, nextGradient);
                if (nextValue <= value + 1e-4 * step * slope || step < 1e-10) {
                    break;
                }
                step /= 2;
            }
            var sk = new double[n];
            var yk = new double[n];
            for (var j = 0; j < n; j++) {
                sk[j] = next[j] - x[j];
                yk[j] = nextGradient[j] - g[j];
            }
            var sy = dot(sk, yk);
            var improvement = value - nextValue;
            System.arraycopy(next, 0, x, 0, n);
            System.arraycopy(nextGradient, 0, g, 0, n);
            value = nextValue;
            if (sy > 1e-12) {
                var i = count % HISTORY;
                s[i] = sk;
                y[i] = yk;
                rho[i] = 1 / sy;
                count++;
            }
            if (improvement < TOLERANCE * Math.max(1, Math.abs(value))) {
                break;
            }
        }
        return x;
    }

    private static double dot(double[] a, double[] b) {
        var sum = 0.0;
        for (var i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    private static void axpy(double a, double[] x, double[] y) {
        for (var i = 0; i < x.length; i++) {
            y[i] += a * x[i];
        }
    }

    private static void scale(double[] x, double a) {
        for (var i = 0; i < x.length; i++) {
            x[i] *= a;
        }
    }
}
