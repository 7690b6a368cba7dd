package org.factdesk.analysis.control.matching;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The storage behind {@link Bm25ClaimIndex}: each term's postings, and each document's claim, length and terms
 * (a forward index, so that a candidate is scored on the frequent words of a query without searching their long
 * postings). A document's terms are its distinct term ids, ascending, each packed with its count in the low 4 bits.
 * A removed claim leaves a hole (null) until {@link #compacted()}. Not thread-safe: the index locks around it.
 */
final class InvertedClaims {

    private static final int COUNT_BITS = 4;

    private final Map<String, Integer> termIds = new HashMap<>();
    private Postings[] postings = new Postings[64];
    private IndexedClaim[] claims = new IndexedClaim[16];
    private int[][] termsOf = new int[16][];
    private int[] lengths = new int[16];
    private final Map<Long, Integer> documentOf = new HashMap<>();
    private int documents;
    private int removed;
    private long totalLength;

    void append(IndexedClaim claim, List<String> terms) {
        var ids = new int[terms.size()];
        for (var i = 0; i < ids.length; i++) {
            ids[i] = termIds.computeIfAbsent(terms.get(i), t -> termIds.size());
        }
        Arrays.sort(ids);
        var packed = new int[ids.length];
        var distinct = 0;
        for (var i = 0; i < ids.length; i++) {
            var run = i;
            while (i + 1 < ids.length && ids[i + 1] == ids[run]) {
                i++;
            }
            packed[distinct++] = ids[run] << COUNT_BITS | Math.min(i - run + 1, Postings.MAX_COUNT);
        }
        append(claim, Arrays.copyOf(packed, distinct), ids.length);
    }

    private void append(IndexedClaim claim, int[] terms, int length) {
        if (documents == claims.length) {
            claims = Arrays.copyOf(claims, documents * 2);
            termsOf = Arrays.copyOf(termsOf, documents * 2);
            lengths = Arrays.copyOf(lengths, documents * 2);
        }
        var document = documents++;
        claims[document] = claim;
        termsOf[document] = terms;
        lengths[document] = length;
        totalLength += length;
        documentOf.put(claim.id(), document);
        for (var entry : terms) {
            var id = termId(entry);
            if (id >= postings.length) {
                postings = Arrays.copyOf(postings, Math.max(id + 1, postings.length * 2));
            }
            if (postings[id] == null) {
                postings[id] = new Postings();
            }
            postings[id].add(document, count(entry));
        }
    }

    boolean remove(long id) {
        var document = documentOf.remove(id);
        if (document == null) {
            return false;
        }
        for (var entry : termsOf[document]) {
            postings[termId(entry)].removeOne();
        }
        claims[document] = null;
        termsOf[document] = null;
        totalLength -= lengths[document];
        removed++;
        return true;
    }

    /** The same claims without the holes removals left; their terms are not read again. */
    InvertedClaims compacted() {
        var copy = new InvertedClaims();
        copy.termIds.putAll(termIds);
        for (var document = 0; document < documents; document++) {
            if (claims[document] != null) {
                copy.append(claims[document], termsOf[document], lengths[document]);
            }
        }
        return copy;
    }

    int live() {
        return documents - removed;
    }

    int removed() {
        return removed;
    }

    double averageLength() {
        return totalLength / (double) Math.max(1, live());
    }

    /** The term's postings, or null for a word no stored claim has. */
    Postings postings(String term) {
        var id = termIds.get(term);
        return id == null ? null : postings[id];
    }

    int termId(String term) {
        return termIds.getOrDefault(term, -1);
    }

    /** Null once the claim was removed. */
    IndexedClaim claim(int document) {
        return claims[document];
    }

    int length(int document) {
        return lengths[document];
    }

    /** Packed entries, see {@link #termId(int)} and {@link #count(int)}; null once the claim was removed. */
    int[] terms(int document) {
        return termsOf[document];
    }

    static int termId(int entry) {
        return entry >>> COUNT_BITS;
    }

    static int count(int entry) {
        return entry & (1 << COUNT_BITS) - 1;
    }

    long estimatedBytes() {
        var bytes = 64L * termIds.size() + 8L * postings.length + 64L * documentOf.size()
                + (8L + 8 + 4) * claims.length;
        for (var list : postings) {
            bytes += list == null ? 0 : list.bytes();
        }
        for (var document = 0; document < documents; document++) {
            var claim = claims[document];
            if (claim != null) {
                bytes += 16 + 4L * termsOf[document].length + 56 + claim.text().length()
                        + (claim.speaker() == null ? 0 : 40 + claim.speaker().length());
            }
        }
        for (var term : termIds.keySet()) {
            bytes += 40 + term.length();
        }
        return bytes;
    }
}
