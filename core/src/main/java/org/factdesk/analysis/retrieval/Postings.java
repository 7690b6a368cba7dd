package org.factdesk.analysis.retrieval;

import java.util.Arrays;

/**
 * The documents one term occurs in, by increasing document number, with the term's count in each. A removed
 * document stays listed until the index is compacted, but no longer counts in the term's document frequency.
 */
final class Postings {

    /** A claim that repeats a word more often than this says nothing more with it; the cap keeps a count in 4 bits. */
    static final int MAX_COUNT = 15;

    private int[] documents = new int[2];
    private byte[] counts = new byte[2];
    private int size;
    private int documentFrequency;
    private int maxCount;

    void add(int document, int count) {
        if (size == documents.length) {
            documents = Arrays.copyOf(documents, size * 2);
            counts = Arrays.copyOf(counts, size * 2);
        }
        documents[size] = document;
        counts[size] = (byte) Math.min(count, MAX_COUNT);
        size++;
        documentFrequency++;
        maxCount = Math.max(maxCount, counts[size - 1]);
    }

    /** The highest count in any document listed, removed ones included: a bound on the term's weight. */
    int maxCount() {
        return maxCount;
    }

    /** One of the documents listed was removed. */
    void removeOne() {
        documentFrequency--;
    }

    /** Documents listed, removed ones included: what reading the list costs. */
    int size() {
        return size;
    }

    /** Documents still in the index that hold the term. */
    int documentFrequency() {
        return documentFrequency;
    }

    int document(int i) {
        return documents[i];
    }

    int count(int i) {
        return counts[i];
    }

    long bytes() {
        return 48L + 5L * documents.length;
    }
}
