package org.factdesk.analysis.retrieval;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The storage behind {@link Bm25ClaimIndex}: each term's postings, and each document's claim, length and terms
 * (a forward index, so that a candidate is scored on the frequent words of a query without searching their long
 * postings). A document's terms are its distinct term ids, ascending, each packed with its count in the low 4 bits.
 * Each document also has a 128-bit signature of its terms (one bit in each half per term): reading it costs one
 * access to a dense array, where reading the terms costs a miss anywhere in the heap, and it tells for certain when a
 * term is absent. A removed claim leaves a hole (null) until {@link #compacted()}. Not thread-safe: the index locks
 * around it.
 */
final class InvertedClaims {

    private static final int COUNT_BITS = 4;
    /** Lengths count up to this many terms, one byte each; BM25's length normalisation changes little beyond. */
    static final int MAX_LENGTH = 255;

    private final Map<String, Integer> termIds = new HashMap<>();
    private Postings[] postings = new Postings[64];
    private IndexedClaim[] claims = new IndexedClaim[16];
    private int[][] termsOf = new int[16][];
    private byte[] lengths = new byte[16];
    private long[] removedDocuments = new long[1];
    private long[] signatures = new long[32];
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
        append(claim, Arrays.copyOf(packed, distinct), Math.min(ids.length, MAX_LENGTH));
    }

    private void append(IndexedClaim claim, int[] terms, int length) {
        if (documents == claims.length) {
            claims = Arrays.copyOf(claims, documents * 2);
            termsOf = Arrays.copyOf(termsOf, documents * 2);
            lengths = Arrays.copyOf(lengths, documents * 2);
            removedDocuments = Arrays.copyOf(removedDocuments, (documents * 2 + 63) / 64);
            signatures = Arrays.copyOf(signatures, documents * 4);
        }
        var document = documents++;
        claims[document] = claim;
        termsOf[document] = terms;
        lengths[document] = (byte) length;
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
            signatures[2 * document] |= signatureLow(id);
            signatures[2 * document + 1] |= signatureHigh(id);
        }
    }

    static long signatureLow(int termId) {
        return 1L << (termId * 0x9E3779B9 >>> 26);
    }

    static long signatureHigh(int termId) {
        return 1L << (termId * 0x85EBCA6B >>> 26);
    }

    /** Whether the document may hold the term with these signature bits; false is certain. */
    boolean mayHold(int document, long low, long high) {
        return (signatures[2 * document] & low) != 0 && (signatures[2 * document + 1] & high) != 0;
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
        removedDocuments[document >>> 6] |= 1L << document;
        totalLength -= length(document);
        removed++;
        return true;
    }

    /** The same claims without the holes removals left; their terms are not read again. */
    InvertedClaims compacted() {
        var copy = new InvertedClaims();
        copy.termIds.putAll(termIds);
        for (var document = 0; document < documents; document++) {
            if (claims[document] != null) {
                copy.append(claims[document], termsOf[document], length(document));
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

    /** Postings of a term some stored claim holds (see {@link #termId(String)}). */
    Postings postings(int termId) {
        return postings[termId];
    }

    /** The term's id, or -1 for a word no stored claim holds. */
    int termId(String term) {
        var id = termIds.get(term);
        return id == null || id >= postings.length || postings[id] == null
                || postings[id].documentFrequency() == 0 ? -1 : id;
    }

    /** Null once the claim was removed. */
    IndexedClaim claim(int document) {
        return claims[document];
    }

    /** Terms in the claim, repeats included, up to {@value #MAX_LENGTH}. */
    int length(int document) {
        return lengths[document] & 0xFF;
    }

    /** A bit per document, so that walking long postings does not touch each removed claim's slot. */
    boolean isRemoved(int document) {
        return (removedDocuments[document >>> 6] & 1L << document) != 0;
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
                + (8L + 8 + 1 + 16) * claims.length + removedDocuments.length * 8L;
        for (var list : postings) {
            bytes += list == null ? 0 : list.bytes();
        }
        for (var document = 0; document < documents; document++) {
            var claim = claims[document];
            if (claim != null) {
                bytes += 16 + 4L * termsOf[document].length + 56 + claim.text().length()
                        + (claim.speaker() == null ? 0 : 40 + claim.speaker().length())
                        + (claim.vector() == null ? 0 : 16 + claim.vector().length);
            }
        }
        for (var term : termIds.keySet()) {
            bytes += 40 + term.length();
        }
        return bytes;
    }
}
