package org.factdesk.analysis.retrieval;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.factdesk.analysis.compare.Terms;

/**
 * An in-memory inverted index ranked by BM25 (k1 1.2, b 0.75), built so that the cost of a query does not follow
 * the size of the store. A query reads the postings of its own terms, rarest first, and stops taking in new
 * documents when either the terms left cannot lift one into the top k (max-score pruning, exact), or reading the
 * next term would take it past {@value #CANDIDATE_POSTINGS} postings. The terms left over are frequent words:
 * they still count in the score of every candidate found, looked up in the candidate's own terms, but they bring in
 * no new ones; a claim that shares nothing but common words with the query is not worth finding. Up to that budget
 * the ranking is exact, so on a store of tens of thousands of claims nothing is lost. Removed claims leave a hole
 * that is skipped, and the index compacts itself once holes outnumber half the claims. Safe for concurrent readers
 * and writers.
 */
public final class Bm25ClaimIndex implements ClaimIndex {

    /** Postings a query reads to find candidates, whatever the size of the store (the rarest term always counts). */
    static final int CANDIDATE_POSTINGS = 20_000;

    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final int candidatePostings;
    private InvertedClaims store = new InvertedClaims();

    public Bm25ClaimIndex() {
        this(CANDIDATE_POSTINGS);
    }

    Bm25ClaimIndex(int candidatePostings) {
        this.candidatePostings = candidatePostings;
    }

    @Override
    public void add(IndexedClaim claim) {
        var terms = Terms.of(claim.text());
        lock.writeLock().lock();
        try {
            store.remove(claim.id());
            store.append(claim, terms);
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Reads the claims' words on all cores first, then takes the lock once: the rebuild at start. */
    @Override
    public void addAll(Collection<IndexedClaim> claims) {
        var terms = claims.parallelStream().map(claim -> Terms.of(claim.text())).toList();
        lock.writeLock().lock();
        try {
            var i = 0;
            for (var claim : claims) {
                store.remove(claim.id());
                store.append(claim, terms.get(i++));
            }
        } finally {
            lock.writeLock().unlock();
        }
    }

    @Override
    public boolean remove(long id) {
        lock.writeLock().lock();
        try {
            var found = store.remove(id);
            if (store.removed() > 1024 && store.removed() > store.live() / 2) {
                store = store.compacted();
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
            return store.live();
        } finally {
            lock.readLock().unlock();
        }
    }

    @Override
    public List<Candidate> candidates(String text, int k) {
        return candidates(QueryTerms.of(text), k);
    }

    /** The same search with a weight for each query term (1 for a word of the claim itself). */
    List<Candidate> candidates(Map<String, Double> weightedTerms, int k) {
        lock.readLock().lock();
        try {
            return store.live() == 0 || k <= 0 ? List.of()
                    : new Bm25Search(store, candidatePostings).run(weightedTerms, k);
        } finally {
            lock.readLock().unlock();
        }
    }

    /**
     * Rough heap taken by the index, for sizing a server: postings, terms, lengths, ids, the claims' texts and their
     * stored vectors (a byte per dimension, 400 bytes a claim with the array's header).
     */
    public long estimatedBytes() {
        lock.readLock().lock();
        try {
            return store.estimatedBytes();
        } finally {
            lock.readLock().unlock();
        }
    }
}
