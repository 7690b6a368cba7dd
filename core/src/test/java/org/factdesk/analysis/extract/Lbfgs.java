package org.factdesk.analysis.extract;

/**
 * The trainers' one minimiser: limited-memory BFGS with a backtracking line search, deterministic (the same rows
 * give the same weights). An instance is the weighted logistic loss with an L2 penalty over sparse features, which
 * the check-worthiness trainer minimises; the cleaner's trainer passes an objective of its own.
 */
public final class Lbfgs {

    /** A differentiable function to minimise. */
    public interface Objective {
        /** The value at {@code x}; its gradient is written into {@code gradient}. */
        double evaluate(double[] x, double[] gradient);
    }

    private static final int MEMORY = 10;

    private final int[][] rows;
    private final double[][] values;
    private final boolean[] labels;
    private final double[] exampleWeights;
    private final double[] penalised;
    private final double l2;

    Lbfgs(int[][] rows, double[][] values, boolean[] labels, double[] exampleWeights, double[] penalised, double l2) {
        this.rows = rows;
        this.values = values;
        this.labels = labels;
        this.exampleWeights = exampleWeights;
        this.penalised = penalised;
        this.l2 = l2;
    }

    /** The loss at {@code w}; its gradient is written into {@code gradient}. */
    double loss(double[] w, double[] gradient) {
        java.util.Arrays.fill(gradient, 0);
        var loss = 0.0;
        for (var i = 0; i < rows.length; i++) {
            var margin = 0.0;
            var row = rows[i];
            var value = values[i];
            for (var k = 0; k < row.length; k++) {
                margin += w[row[k]] * value[k];
            }
            var y = labels[i] ? 1.0 : -1.0;
            var z = y * margin;
            // log(1 + e^-z), stable on both sides
            loss += exampleWeights[i] * (z > 0 ? Math.log1p(Math.exp(-z)) : -z + Math.log1p(Math.exp(z)));
            var g = -y * exampleWeights[i] / (1 + Math.exp(z));
            for (var k = 0; k < row.length; k++) {
                gradient[row[k]] += g * value[k];
            }
        }
        for (var j = 0; j < w.length; j++) {
            var penalty = l2 * penalised[j];
            loss += 0.5 * penalty * w[j] * w[j];
            gradient[j] += penalty * w[j];
        }
        return loss;
    }

    double[] minimise(double[] start, int iterations) {
        return minimise(this::loss, start, iterations, 1e-7);
    }

    /**
     * @param iterations at most this many steps
     * @param tolerance  stops once a step improves the value by less than this share of it
     */
    public static double[] minimise(Objective objective, double[] start, int iterations, double tolerance) {
        var n = start.length;
        var w = start.clone();
        var g = new double[n];
        var f = objective.evaluate(w, g);
        var s = new double[MEMORY][];
        var y = new double[MEMORY][];
        var rho = new double[MEMORY];
        var alpha = new double[MEMORY];
        var stored = 0;
        for (var iteration = 0; iteration < iterations; iteration++) {
            // two-loop recursion: d = -H g
            var d = g.clone();
            for (var k = stored - 1; k >= 0; k--) {
                alpha[k] = rho[k] * dot(s[k], d);
                axpy(-alpha[k], y[k], d);
            }
            if (stored > 0) {
                var last = stored - 1;
                scale(d, dot(s[last], y[last]) / dot(y[last], y[last]));
            } else {
                scale(d, 1 / Math.max(1, Math.sqrt(dot(g, g))));
            }
            for (var k = 0; k < stored; k++) {
                var beta = rho[k] * dot(y[k], d);
                axpy(alpha[k] - beta, s[k], d);
            }
            scale(d, -1);
            var slope = dot(g, d);
            if (slope >= 0) {
                d = g.clone();
                scale(d, -1 / Math.max(1, Math.sqrt(dot(g, g))));
                slope = dot(g, d);
                stored = 0;
            }
            var step = 1.0;
            var next = new double[n];
            var nextGradient = new double[n];
            double nextLoss;
            while (true) {
                for (var j = 0; j < n; j++) {
                    next[j] = w[j] + step * d[j];
                }
                nextLoss = objective.evaluate(next, nextGradient);
                if (nextLoss <= f + 1e-4 * step * slope || step < 1e-10) {
                    break;
                }
                step *= 0.5;
            }
            var sk = new double[n];
            var yk = new double[n];
            for (var j = 0; j < n; j++) {
                sk[j] = next[j] - w[j];
                yk[j] = nextGradient[j] - g[j];
            }
            var sy = dot(sk, yk);
            var improvement = f - nextLoss;
            w = next;
            g = nextGradient;
            f = nextLoss;
            if (sy > 1e-12) {
                if (stored == MEMORY) {
                    System.arraycopy(s, 1, s, 0, MEMORY - 1);
                    System.arraycopy(y, 1, y, 0, MEMORY - 1);
                    System.arraycopy(rho, 1, rho, 0, MEMORY - 1);
                    stored--;
                }
                s[stored] = sk;
                y[stored] = yk;
                rho[stored] = 1 / sy;
                stored++;
            }
            if (improvement < tolerance * Math.max(1, Math.abs(f))) {
                break;
            }
        }
        return w;
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
