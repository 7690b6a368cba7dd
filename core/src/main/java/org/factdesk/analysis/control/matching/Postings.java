package org.factdesk.analysis.control.matching;

import java.util.Arrays;

/** The documents one term occurs in, by increasing document number, with the term's count in each. */
final class Postings {

    private int[] documents = new int[2];
    private int[] counts = new int[2];
    private int size;

    void add(int document, int count) {
        if (size == documents.length) {
            documents = Arrays.copyOf(documents, size * 2);
            counts = Arrays.copyOf(counts, size * 2);
        }
        documents[size] = document;
        counts[size] = count;
        size++;
    }

    int size() {
        return size;
    }

    int document(int i) {
        return documents[i];
    }

    int count(int i) {
        return counts[i];
    }

    /** The term's count in the document, or 0; binary search, since documents are appended in order. */
    int countIn(int document) {
        var at = Arrays.binarySearch(documents, 0, size, document);
        return at >= 0 ? counts[at] : 0;
    }

    long bytes() {
        return 16L + 8L * documents.length + 16;
    }
}
