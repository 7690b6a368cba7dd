package org.factdesk.analysis.control.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * An in-memory inverted index ranked by BM25 (k1 1.2, b 0.75). A query only reads the postings of its own
 * terms, rarest first, and stops taking in new documents once the terms left cannot lift one into the top k
 * (max-score pruning): the frequent terms are then only looked up, by binary search, for the documents already
 * in the running. So the cost of a query follows the length of its rarest postings, not the size of the store.
 * Removed claims leave a hole that is skipped, and the index rebuilds itself once holes outnumber half the
 * claims. Safe for concurrent readers and writers.
 */
public final class Bm25ClaimIndex implements ClaimIndex {

    private static final double K1 = 1.2;
    private static final double B = 0.75;

    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private Map<String, Postings> postings = new HashMap<>();
    private IndexedClaim[] claims = new IndexedClaim[16];
    private int[] lengths = new int[16];
    private final Map<Long, Integer> documentOf = new HashMap<>();
    private int documents;
    private int removed;
    private long totalLength;

    @Override
    public void add(IndexedClaim claim) {
        var terms = Terms.of(claim.text());
        lock.writeLock().lock();
        try {
            removeLocked(claim.id());
            append(claim, terms);
        } finally {
            lock.writeLock().unlock();
        }
    }

    @Override
    public boolean remove(long id) {
        lock.writeLock().lock();
        try {
            var found = removeLocked(id);
            if (removed > 1024 && removed > size() / 2) {
                rebuild();
            }
            return found;
        } finally {
            lock.writeLock().unlock();
        }
    }

    @Override
    public int size() {
        lock.readLock().lock();
        try {
            return documents - removed;
        } finally {
            lock.readLock().unlock();
        }
    }

    @Override
    public List<Candidate> candidates(String text, int k) {
        var queryTerms = Terms.of(text).stream().distinct().toList();
        lock.readLock().lock();
        try {
            return search(queryTerms, k);
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Rough heap taken by the index, for sizing a server: postings, lengths, ids and the claims' texts. */
    public long estimatedBytes() {
        lock.readLock().lock();
        try {
            var bytes = 0L;
            for (var entry : postings.entrySet()) {
                bytes += 48 + 2L * entry.getKey().length() + entry.getValue().bytes();
            }
            bytes += 4L * lengths.length + 8L * claims.length + 64L * documentOf.size();
            for (var i = 0; i < documents; i++) {
                bytes += claims[i] == null ? 0 : 80 + claims[i].text().length()
                        + (claims[i].speaker() == null ? 0 : 40 + claims[i].speaker().length());
            }
            return bytes;
        } finally {
            lock.readLock().unlock();
        }
    }

    private record Term(Postings postings, double idf, double bound) {
    }

    private List<Candidate> search(List<String> queryTerms, int k) {
        var live = documents - removed;
        if (live == 0 || k <= 0) {
            return List.of();
        }
        var averageLength = totalLength / (double) live;
        var terms = new ArrayList<Term>();
        for (var word : queryTerms) {
            var list = postings.get(word);
            if (list != null) {
                var idf = Math.log(1 + (live - list.size() + 0.5) / (list.size() + 0.5));
                terms.add(new Term(list, idf, idf * (K1 + 1)));
            }
        }
        terms.sort(Comparator.comparingDouble(Term::bound).reversed());
        var remaining = new double[terms.size() + 1];
        for (var i = terms.size() - 1; i >= 0; i--) {
            remaining[i] = remaining[i + 1] + terms.get(i).bound();
        }
        var scores = new HashMap<Integer, double[]>();
        var collecting = true;
        for (var t = 0; t < terms.size(); t++) {
            var term = terms.get(t);
            if (collecting && scores.size() >= k && kthBest(scores, k) >= remaining[t]) {
                collecting = false;
            }
            if (collecting) {
                for (var i = 0; i < term.postings().size(); i++) {
                    var document = term.postings().document(i);
                    if (claims[document] != null) {
                        scores.computeIfAbsent(document, d -> new double[1])[0] +=
                                weight(term, term.postings().count(i), document, averageLength);
                    }
                }
            } else {
                for (var entry : scores.entrySet()) {
                    var count = term.postings().countIn(entry.getKey());
                    if (count > 0) {
                        entry.getValue()[0] += weight(term, count, entry.getKey(), averageLength);
                    }
                }
            }
        }
        return scores.entrySet().stream()
                .sorted(Comparator.comparingDouble((Map.Entry<Integer, double[]> e) -> -e.getValue()[0])
                        .thenComparingInt(Map.Entry::getKey))
                .limit(k)
                .map(e -> new Candidate(claims[e.getKey()], e.getValue()[0]))
                .toList();
    }

    private double weight(Term term, int count, int document, double averageLength) {
        var norm = K1 * (1 - B + B * lengths[document] / averageLength);
        return term.idf() * count * (K1 + 1) / (count + norm);
    }

    private static double kthBest(Map<Integer, double[]> scores, int k) {
        var values = new double[scores.size()];
        var i = 0;
        for (var score : scores.values()) {
            values[i++] = score[0];
        }
        Arrays.sort(values);
        return values[values.length - k];
    }

    private void append(IndexedClaim claim, List<String> terms) {
        if (documents == claims.length) {
            claims = Arrays.copyOf(claims, documents * 2);
            lengths = Arrays.copyOf(lengths, documents * 2);
        }
        var document = documents++;
        claims[document] = claim;
        lengths[document] = terms.size();
        totalLength += terms.size();
        documentOf.put(claim.id(), document);
        var counts = new HashMap<String, Integer>();
        terms.forEach(term -> counts.merge(term, 1, Integer::sum));
        counts.forEach((term, count) -> postings.computeIfAbsent(term, t -> new Postings()).add(document, count));
    }

    private boolean removeLocked(long id) {
        var document = documentOf.remove(id);
        if (document == null) {
            return false;
        }
        claims[document] = null;
        totalLength -= lengths[document];
        removed++;
        return true;
    }

    private void rebuild() {
        var kept = new ArrayList<IndexedClaim>();
        for (var i = 0; i < documents; i++) {
            if (claims[i] != null) {
                kept.add(claims[i]);
            }
        }
        postings = new HashMap<>();
        claims = new IndexedClaim[Math.max(16, kept.size())];
        lengths = new int[claims.length];
        documentOf.clear();
        documents = 0;
        removed = 0;
        totalLength = 0;
        kept.forEach(claim -> append(claim, Terms.of(claim.text())));
    }
}
