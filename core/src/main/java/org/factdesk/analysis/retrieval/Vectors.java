package org.factdesk.analysis.retrieval;

/** Arithmetic on sentence vectors. */
public final class Vectors {

    private Vectors() {
    }

    /** The vector scaled to length 1 (in place); a zero vector stays zero. */
    static float[] unit(float[] vector) {
        var norm = 0.0;
        for (var x : vector) {
            norm += x * x;
        }
        if (norm > 0) {
            var scale = (float) (1 / Math.sqrt(norm));
            for (var i = 0; i < vector.length; i++) {
                vector[i] *= scale;
            }
        }
        return vector;
    }

    /** The cosine of two unit vectors. */
    public static double dot(float[] a, float[] b) {
        var sum = 0.0f;
        for (var i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }
}
