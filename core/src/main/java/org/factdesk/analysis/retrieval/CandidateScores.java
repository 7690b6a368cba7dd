package org.factdesk.analysis.retrieval;

import java.util.Arrays;

/**
 * The running BM25 scores of the documents a query has reached, as an open-addressing table from document to
 * score: a query adds to thousands of documents, and boxing each one cost more than the scoring itself.
 */
final class CandidateScores {

    private static final int EMPTY = -1;

    private int[] documents;
    private double[] scores;
    private int size;
    private double max = Double.NEGATIVE_INFINITY;

    CandidateScores(int expected) {
        var capacity = Integer.highestOneBit(Math.max(16, expected) * 2 - 1) << 1;
        documents = new int[capacity];
        scores = new double[capacity];
        Arrays.fill(documents, EMPTY);
    }

    void add(int document, double weight) {
        if (2 * (size + 1) > documents.length) {
            grow();
        }
        var slot = slot(document, documents);
        if (documents[slot] == EMPTY) {
            documents[slot] = document;
            size++;
        }
        scores[slot] += weight;
        max = Math.max(max, scores[slot]);
    }

    double get(int document) {
        var slot = slot(document, documents);
        return documents[slot] == EMPTY ? 0 : scores[slot];
    }

    int size() {
        return size;
    }

    /** The highest score any document has reached; nothing scored yet is negative infinity. */
    double max() {
        return max;
    }

    int countAtLeast(double score) {
        var count = 0;
        for (var slot = 0; slot < documents.length; slot++) {
            count += documents[slot] != EMPTY && scores[slot] >= score ? 1 : 0;
        }
        return count;
    }

    /** Slots run from 0 to capacity; an unused slot holds document -1. */
    int capacity() {
        return documents.length;
    }

    int document(int slot) {
        return documents[slot];
    }

    double score(int slot) {
        return scores[slot];
    }

    private static int slot(int document, int[] table) {
        var mask = table.length - 1;
        var slot = (document * 0x9E3779B9) >>> 7 & mask;
        while (table[slot] != EMPTY && table[slot] != document) {
            slot = slot + 1 & mask;
        }
        return slot;
    }

    private void grow() {
        var oldDocuments = documents;
        var oldScores = scores;
        documents = new int[oldDocuments.length * 2];
        scores = new double[documents.length];
        Arrays.fill(documents, EMPTY);
        for (var i = 0; i < oldDocuments.length; i++) {
            if (oldDocuments[i] != EMPTY) {
                var slot = slot(oldDocuments[i], documents);
                documents[slot] = oldDocuments[i];
                scores[slot] = oldScores[i];
            }
        }
    }
}
