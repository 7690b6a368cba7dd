package org.factdesk.analysis.control.matching;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.locks.ReentrantReadWriteLock;

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
    private static final double K1 = 1.2;
    private static final double B = 0.75;

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
        var words = Terms.of(text).stream().distinct().toList();
        lock.readLock().lock();
        try {
            return store.live() == 0 || k <= 0 ? List.of() : search(words, k);
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Rough heap taken by the index, for sizing a server: postings, terms, lengths, ids and the claims' texts. */
    public long estimatedBytes() {
        lock.readLock().lock();
        try {
            return store.estimatedBytes();
        } finally {
            lock.readLock().unlock();
        }
    }

    /** A query term; {@code bound} is the most it can add to any document's score. */
    private record Term(int id, Postings postings, double idf, double bound) {
    }

    private List<Candidate> search(List<String> words, int k) {
        var live = store.live();
        var averageLength = store.averageLength();
        var terms = new ArrayList<Term>();
        for (var word : words) {
            var list = store.postings(word);
            if (list != null && list.documentFrequency() > 0) {
                var frequency = list.documentFrequency();
                var idf = Math.log(1 + (live - frequency + 0.5) / (frequency + 0.5));
                terms.add(new Term(store.termId(word), list, idf, idf * (K1 + 1)));
            }
        }
        terms.sort(Comparator.comparingInt((Term t) -> t.postings().size()));
        var remaining = new double[terms.size() + 1];
        for (var i = terms.size() - 1; i >= 0; i--) {
            remaining[i] = remaining[i + 1] + terms.get(i).bound();
        }
        var budgeted = 0;
        var toRead = 0L;
        while (budgeted < terms.size()
                && (budgeted == 0 || toRead + terms.get(budgeted).postings().size() <= candidatePostings)) {
            toRead += terms.get(budgeted++).postings().size();
        }
        var scores = new CandidateScores((int) Math.min(toRead, live));
        var t = 0;
        for (; t < budgeted; t++) {
            var postings = terms.get(t).postings();
            if (t > 0 && cannotChange(scores, k, remaining[t])) {
                break;
            }
            for (var i = 0; i < postings.size(); i++) {
                var document = postings.document(i);
                if (store.claim(document) != null) {
                    scores.add(document, weight(terms.get(t).idf(), postings.count(i), document, averageLength));
                }
            }
        }
        return best(scores, terms.subList(t, terms.size()), remaining[t], k, averageLength);
    }

    /** Whether the k best are settled: terms worth at most {@code bound} cannot lift a newcomer past them. */
    private static boolean cannotChange(CandidateScores scores, int k, double bound) {
        return scores.size() >= k && scores.max() >= bound && scores.countAtLeast(bound) >= k;
    }

    private static double kthBest(CandidateScores scores, int k) {
        var top = new TopScores(k);
        for (var slot = 0; slot < scores.capacity(); slot++) {
            if (scores.document(slot) >= 0) {
                top.offer(scores.document(slot), scores.score(slot));
            }
        }
        return top.threshold();
    }

    /**
     * The k best candidates once the frequent terms are added. A candidate whose score so far plus all those terms
     * could give still falls short of the k-th best is not looked at further.
     */
    private List<Candidate> best(CandidateScores scores, List<Term> frequent, double frequentBound, int k,
                                 double averageLength) {
        var byId = frequent.stream().sorted(Comparator.comparingInt(Term::id)).toList();
        var ids = byId.stream().mapToInt(Term::id).toArray();
        var idfs = byId.stream().mapToDouble(Term::idf).toArray();
        var floor = frequent.isEmpty() ? Double.NEGATIVE_INFINITY : kthBest(scores, k);
        var top = new TopScores(k);
        for (var slot = 0; slot < scores.capacity(); slot++) {
            var document = scores.document(slot);
            if (document < 0) {
                continue;
            }
            var score = scores.score(slot);
            if (ids.length > 0) {
                if (score + frequentBound < Math.max(floor, top.threshold())) {
                    continue;
                }
                score += lookedUp(document, ids, idfs, averageLength);
            }
            top.offer(document, score);
        }
        var ranked = new double[top.size()];
        var documents = top.drainBestFirst(ranked);
        var result = new ArrayList<Candidate>(documents.length);
        for (var i = 0; i < documents.length; i++) {
            result.add(new Candidate(store.claim(documents[i]), ranked[i]));
        }
        return result;
    }

    /** What the frequent terms (ascending ids, with their idf) add to a document, read from its own sorted terms. */
    private double lookedUp(int document, int[] ids, double[] idfs, double averageLength) {
        var terms = store.terms(document);
        var sum = 0.0;
        var j = 0;
        for (var i = 0; i < terms.length && j < ids.length; ) {
            var id = InvertedClaims.termId(terms[i]);
            if (id < ids[j]) {
                i++;
            } else if (id > ids[j]) {
                j++;
            } else {
                sum += weight(idfs[j], InvertedClaims.count(terms[i]), document, averageLength);
                i++;
                j++;
            }
        }
        return sum;
    }

    private double weight(double idf, int count, int document, double averageLength) {
        var norm = K1 * (1 - B + B * store.length(document) / averageLength);
        return idf * count * (K1 + 1) / (count + norm);
    }
}
