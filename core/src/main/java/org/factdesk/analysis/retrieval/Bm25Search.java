package org.factdesk.analysis.retrieval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One query against the claims of a {@link Bm25ClaimIndex}, run under its read lock. BM25 (k1 1.2, b 0.75) over
 * weighted query terms, in two passes: the three best claims of the first lend the query the ten words that mark them
 * most (pseudo-relevance feedback, weighted down to {@value #FEEDBACK_WEIGHT} at most), and the second pass ranks with
 * those words added; a paraphrase that shares the claim's topic but few of the query's own words climbs that way.
 * Feedback figures were chosen on the CLEF 2020 train and dev splits.
 */
final class Bm25Search {

    static final int FEEDBACK_CLAIMS = 3;
    static final int FEEDBACK_TERMS = 10;
    static final double FEEDBACK_WEIGHT = 0.4;
    private static final double K1 = 1.2;
    private static final double B = 0.75;

    private final InvertedClaims store;
    private final int candidatePostings;
    private final double averageLength;

    Bm25Search(InvertedClaims store, int candidatePostings) {
        this.store = store;
        this.candidatePostings = candidatePostings;
        averageLength = store.averageLength();
    }

    /**
     * A query term; {@code idf} includes the term's weight in the query, and {@code bound} is the most it can add
     * to any claim's score.
     */
    record Term(int id, Postings postings, double idf, double bound) {
    }

    /** Claims by document number, best first, with their scores. */
    record Ranking(int[] documents, double[] scores) {
    }

    List<ClaimIndex.Candidate> run(Map<String, Double> weightedTerms, int k) {
        var terms = resolved(withUnknownWordsSplit(weightedTerms));
        if (terms.isEmpty()) {
            return List.of();
        }
        var ranking = new BoundedRanking(store, candidatePostings, averageLength);
        var best = ranking.best(withFeedback(terms, ranking.best(terms, FEEDBACK_CLAIMS)), k);
        var result = new ArrayList<ClaimIndex.Candidate>(best.documents().length);
        for (var i = 0; i < best.documents().length; i++) {
            result.add(new ClaimIndex.Candidate(store.claim(best.documents()[i]), best.scores()[i]));
        }
        return result;
    }

    /**
     * A word no stored claim has, such as a hashtag written in lower case (#maddoxstrong), is split into words the
     * store knows, fewest parts first; each part counts as much as the word would have.
     */
    private Map<String, Double> withUnknownWordsSplit(Map<String, Double> weightedTerms) {
        var result = new LinkedHashMap<>(weightedTerms);
        var split = new KnownWordSplit(part -> store.termId(part) >= 0);
        weightedTerms.forEach((word, weight) -> {
            if (store.termId(word) < 0) {
                split.parts(word).forEach(part -> result.putIfAbsent(part, weight));
            }
        });
        return result;
    }

    private List<Term> resolved(Map<String, Double> weightedTerms) {
        var terms = new ArrayList<Term>();
        weightedTerms.forEach((word, weight) -> {
            var id = store.termId(word);
            if (id >= 0) {
                terms.add(term(id, weight));
            }
        });
        return terms;
    }

    private Term term(int id, double weight) {
        var postings = store.postings(id);
        var idf = weight * idf(postings);
        return new Term(id, postings, idf, idf * (K1 + 1));
    }

    private double idf(Postings postings) {
        var frequency = postings.documentFrequency();
        return Math.log(1 + (store.live() - frequency + 0.5) / (frequency + 0.5));
    }

    /** The query and the words most telling of its first claims, weighted by how much each claim led. */
    private List<Term> withFeedback(List<Term> query, Ranking first) {
        if (first.documents().length == 0) {
            return query;
        }
        var asked = new HashSet<Integer>();
        query.forEach(term -> asked.add(term.id()));
        var telling = new HashMap<Integer, Double>();
        for (var i = 0; i < first.documents().length; i++) {
            var document = first.documents()[i];
            var lead = Math.exp(first.scores()[i] - first.scores()[0]);
            for (var entry : store.terms(document)) {
                var id = InvertedClaims.termId(entry);
                if (!asked.contains(id)) {
                    var share = InvertedClaims.count(entry) / (double) store.length(document);
                    telling.merge(id, lead * share * idf(store.postings(id)), Double::sum);
                }
            }
        }
        var chosen = telling.entrySet().stream()
                .sorted(Map.Entry.<Integer, Double>comparingByValue().reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(FEEDBACK_TERMS).toList();
        var expanded = new ArrayList<>(query);
        if (!chosen.isEmpty()) {
            var most = chosen.get(0).getValue();
            chosen.forEach(e -> expanded.add(term(e.getKey(), FEEDBACK_WEIGHT * e.getValue() / most)));
        }
        return expanded;
    }

    static double weight(double idf, int count, int length, double averageLength) {
        var norm = K1 * (1 - B + B * length / averageLength);
        return idf * count * (K1 + 1) / (count + norm);
    }

    static Comparator<Term> rarestFirst() {
        return Comparator.comparingInt((Term t) -> t.postings().size());
    }
}
