package org.factdesk.analysis.retrieval;

import java.util.Arrays;
import java.util.List;

/**
 * The k best claims for a list of weighted terms, reading a bounded number of postings. Terms are read rarest
 * first; reading stops when either the terms left cannot lift a newcomer into the top k (max-score pruning, exact),
 * or the next term would take it past the budget of postings. The terms left are frequent words: they still count
 * in the score of every candidate found, but bring in no new ones. Each candidate gets a ceiling from its term
 * signature (what the frequent terms it may hold could add); only candidates whose ceiling reaches the k-th best
 * score so far have their terms read. The result is the exact top k of the candidates found.
 */
final class BoundedRanking {

    private final InvertedClaims store;
    private final int candidatePostings;
    /** BM25's term-frequency part for every count (high bits) and length (low 8 bits): no division per posting. */
    private final double[] saturation = new double[(Postings.MAX_COUNT + 1) << 8];

    BoundedRanking(InvertedClaims store, int candidatePostings, double averageLength) {
        this.store = store;
        this.candidatePostings = candidatePostings;
        for (var count = 1; count <= Postings.MAX_COUNT; count++) {
            for (var length = 0; length <= InvertedClaims.MAX_LENGTH; length++) {
                saturation[count << 8 | length] = Bm25Search.weight(1, count, length, averageLength);
            }
        }
    }

    Bm25Search.Ranking best(List<Bm25Search.Term> query, int k) {
        var terms = query.stream().sorted(Bm25Search.rarestFirst()).toList();
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
        var scores = new CandidateScores((int) Math.min(toRead, store.live()));
        var t = 0;
        for (; t < budgeted; t++) {
            if (t > 0 && cannotChange(scores, k, remaining[t])) {
                break;
            }
            var idf = terms.get(t).idf();
            var postings = terms.get(t).postings();
            for (var i = 0; i < postings.size(); i++) {
                var document = postings.document(i);
                if (!store.isRemoved(document)) {
                    scores.add(document, idf * saturation[postings.count(i) << 8 | store.length(document)]);
                }
            }
        }
        var top = t == terms.size() ? ranked(scores, k) : ranked(scores, new FrequentTerms(terms.subList(t, terms.size())), k);
        var ranked = new double[top.size()];
        return new Bm25Search.Ranking(top.drainBestFirst(ranked), ranked);
    }

    /** Whether the k best are settled: terms worth at most {@code bound} cannot lift a newcomer past them. */
    private static boolean cannotChange(CandidateScores scores, int k, double bound) {
        return scores.size() >= k && scores.max() >= bound && scores.countAtLeast(bound) >= k;
    }

    private static TopScores ranked(CandidateScores scores, int k) {
        var top = new TopScores(k);
        for (var slot = 0; slot < scores.capacity(); slot++) {
            if (scores.document(slot) >= 0) {
                top.offer(scores.document(slot), scores.score(slot));
            }
        }
        return top;
    }

    /**
     * The exact top k once the frequent terms are added: the k candidates with the highest ceilings are scored
     * first, which sets a floor that most others' ceilings do not reach.
     */
    private TopScores ranked(CandidateScores scores, FrequentTerms frequent, int k) {
        var documents = new int[scores.size()];
        var partial = new double[documents.length];
        var ceilings = new double[documents.length];
        var highest = new TopScores(k);
        var n = 0;
        for (var slot = 0; slot < scores.capacity(); slot++) {
            if (scores.document(slot) >= 0) {
                documents[n] = scores.document(slot);
                partial[n] = scores.score(slot);
                ceilings[n] = partial[n] + frequent.ceiling(documents[n]);
                highest.offer(n, ceilings[n]);
                n++;
            }
        }
        var scored = new boolean[n];
        var top = new TopScores(k);
        for (var i : highest.drainBestFirst(new double[highest.size()])) {
            top.offer(documents[i], partial[i] + frequent.weight(documents[i]));
            scored[i] = true;
        }
        for (var i = 0; i < n; i++) {
            if (!scored[i] && ceilings[i] >= top.threshold()) {
                top.offer(documents[i], partial[i] + frequent.weight(documents[i]));
            }
        }
        return top;
    }

    /** The frequent terms of a query, looked up in a candidate through a 256-slot table on the term id's low bits. */
    private final class FrequentTerms {

        private static final int SHARED = -2;
        private final int[] ids;
        private final double[] idfs;
        private final long[] lows;
        private final long[] highs;
        private final int[] maxCounts;
        private final int[] slots = new int[256];

        FrequentTerms(List<Bm25Search.Term> terms) {
            ids = terms.stream().mapToInt(Bm25Search.Term::id).toArray();
            idfs = terms.stream().mapToDouble(Bm25Search.Term::idf).toArray();
            lows = Arrays.stream(ids).mapToLong(InvertedClaims::signatureLow).toArray();
            highs = Arrays.stream(ids).mapToLong(InvertedClaims::signatureHigh).toArray();
            maxCounts = terms.stream().mapToInt(term -> term.postings().maxCount()).toArray();
            Arrays.fill(slots, -1);
            for (var j = 0; j < ids.length; j++) {
                var slot = ids[j] & 255;
                slots[slot] = slots[slot] == -1 ? j : SHARED;
            }
        }

        /** At least what these terms add to the document's score: each term its signature does not rule out. */
        double ceiling(int document) {
            var length = store.length(document);
            var sum = 0.0;
            for (var j = 0; j < ids.length; j++) {
                if (store.mayHold(document, lows[j], highs[j])) {
                    sum += idfs[j] * saturation[maxCounts[j] << 8 | length];
                }
            }
            return sum;
        }

        /** What these terms add to the document's score, read from its terms. */
        double weight(int document) {
            var length = store.length(document);
            var sum = 0.0;
            for (var entry : store.terms(document)) {
                var id = InvertedClaims.termId(entry);
                var j = slots[id & 255];
                if (j == SHARED) {
                    j = indexOf(id);
                }
                if (j >= 0 && ids[j] == id) {
                    sum += idfs[j] * saturation[InvertedClaims.count(entry) << 8 | length];
                }
            }
            return sum;
        }

        private int indexOf(int id) {
            for (var j = 0; j < ids.length; j++) {
                if (ids[j] == id) {
                    return j;
                }
            }
            return -1;
        }
    }
}
