package org.factdesk.analysis.retrieval;

/**
 * The k best (document, score) pairs seen, kept in a heap with the weakest on top: higher score first, and the
 * earlier document on a tie, so that results do not depend on the order documents were met.
 */
final class TopScores {

    private final int k;
    private final int[] documents;
    private final double[] scores;
    private int size;

    TopScores(int k) {
        this.k = k;
        documents = new int[k];
        scores = new double[k];
    }

    void offer(int document, double score) {
        if (size < k) {
            documents[size] = document;
            scores[size] = score;
            up(size++);
        } else if (better(document, score, documents[0], scores[0])) {
            documents[0] = document;
            scores[0] = score;
            down(0);
        }
    }

    /** The score a document must beat to get in: the k-th best once k are in, negative infinity before. */
    double threshold() {
        return size < k ? Double.NEGATIVE_INFINITY : scores[0];
    }

    /** Empties the heap: its documents best first, with their scores written to {@code scoresOut}. */
    int[] drainBestFirst(double[] scoresOut) {
        var order = new int[size];
        for (var i = size - 1; i >= 0; i--) {
            order[i] = documents[0];
            scoresOut[i] = scores[0];
            documents[0] = documents[i];
            scores[0] = scores[i];
            size = i;
            down(0);
        }
        return order;
    }

    int size() {
        return size;
    }

    private static boolean better(int document, double score, int otherDocument, double otherScore) {
        return score > otherScore || score == otherScore && document < otherDocument;
    }

    private void up(int i) {
        while (i > 0) {
            var parent = (i - 1) / 2;
            if (!better(documents[parent], scores[parent], documents[i], scores[i])) {
                return;
            }
            swap(i, parent);
            i = parent;
        }
    }

    private void down(int i) {
        while (true) {
            var weakest = i;
            for (var child = 2 * i + 1; child <= 2 * i + 2 && child < size; child++) {
                if (better(documents[weakest], scores[weakest], documents[child], scores[child])) {
                    weakest = child;
                }
            }
            if (weakest == i) {
                return;
            }
            swap(i, weakest);
            i = weakest;
        }
    }

    private void swap(int i, int j) {
        var document = documents[i];
        documents[i] = documents[j];
        documents[j] = document;
        var score = scores[i];
        scores[i] = scores[j];
        scores[j] = score;
    }
}
