package org.factdesk.analysis.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.factdesk.analysis.retrieval.SentenceEmbeddings;

/**
 * Decides whether two claims say the same thing, and where they disagree. Two claims are the same statement when
 * the learned decision says they would be paraphrases if no value conflicted (a logistic regression over the cosine
 * of their sentence vectors, the words they share, what one says that the other does not, and the conflicts between
 * their values, trained on news sentence pairs people judged equivalent or not: {@link PairFeatures},
 * {@link MatcherWeights}); or when their sentence vectors are closer than the point at which that corpus' pairs are
 * more often equivalent than not (a walk-out and a strike, "no more than 300" and "at most 300"); or by one of the
 * word routes for what the corpus does not hold ({@link WordRoutes}: a quote fragment and its full quote, one
 * event in two places, one count given twice). Never when one denies what the other says, when they count
 * different outcomes, or when each names someone the other does not (the same words about another company). Two
 * claims that would say the same but for a figure, a place, a date or a speaker are the same statement with a
 * conflict: that is what the desk must see flagged, so the conflict never keeps a match from being made.
 * Thread-safe; the model is only run by {@link #prepare}.
 */
public final class ClaimMatcher implements StatementDecision {

    private final SentenceEmbeddings embeddings;
    private final MatcherWeights weights;
    private final ConflictFinder conflicts = new ConflictFinder();

    public ClaimMatcher(SentenceEmbeddings embeddings) {
        this(embeddings, MatcherWeights.shipped());
    }

    ClaimMatcher(SentenceEmbeddings embeddings, MatcherWeights weights) {
        this.embeddings = embeddings;
        this.weights = weights;
    }

    /** The claim read for comparison; its vector is that of the sentence it stands in. */
    public PreparedClaim prepare(MatchableClaim claim) {
        return PreparedClaim.of(claim, embeddings.embed(claim.context()));
    }

    /** The claims of one document read together: one call of the model for all. */
    public List<PreparedClaim> prepareAll(List<MatchableClaim> claims) {
        var vectors = embeddings.embed(claims.stream().map(MatchableClaim::context).toList());
        var prepared = new ArrayList<PreparedClaim>(claims.size());
        for (var i = 0; i < vectors.length; i++) {
            prepared.add(PreparedClaim.of(claims.get(i), vectors[i]));
        }
        return prepared;
    }

    public Comparison compare(MatchableClaim a, MatchableClaim b) {
        var prepared = prepareAll(List.of(a, b));
        return compare(prepared.get(0), prepared.get(1));
    }

    /**
     * The conflicts are only read for a pair that is the same statement, and the vetoes only for one that might be:
     * "same statement" leaves the conflict features out, so most pairs cost a few set intersections.
     */
    @Override
    public Comparison compare(PreparedClaim a, PreparedClaim b) {
        var features = PairFeatures.of(a, b, List.of());
        var probability = weights.sameStatement(features);
        var same = (probability >= weights.threshold() || PairFeatures.cosine(features) >= weights.sameMeaning()
                || WordRoutes.same(a, b))
                && a.negated() == b.negated() && !WordRoutes.outcomesDiffer(a, b) && !actorsDiffer(a, b);
        var found = same ? conflicts.between(a.claim(), b.claim(), a.values(), b.values()) : List.<Conflict>of();
        return new Comparison(same, round(probability), found);
    }

    /** Each names someone, and nobody either names is named by the other; places are values, not actors. */
    private static boolean actorsDiffer(PreparedClaim a, PreparedClaim b) {
        var actorsA = a.actors();
        var actorsB = b.actors();
        return !actorsA.isEmpty() && !actorsB.isEmpty() && actorsA.stream().noneMatch(actorsB::contains);
    }

    /**
     * Whether the two say the same with nothing differing, values included: what a corpus of paraphrases calls
     * equivalent. Two claims can be the same statement ({@link #compare}) without being equivalent.
     */
    public boolean equivalent(PreparedClaim a, PreparedClaim b) {
        var found = conflicts.between(a.claim(), b.claim(), a.values(), b.values());
        return weights.equivalent(PairFeatures.of(a, b, found)) >= weights.threshold();
    }

    /** How much content the two share in words, cheap enough for every retrieved candidate. */
    public double similarity(PreparedClaim a, PreparedClaim b) {
        return round(similarity(a.terms(), b.terms()));
    }

    /** {@link #similarity(PreparedClaim, PreparedClaim)} of two texts read only for it. */
    public static double wordSimilarity(String a, String b) {
        return wordSimilarity(Set.copyOf(Terms.of(a)), b);
    }

    /** The same, for a query whose terms ({@link Terms#of}) were read once for many texts. */
    public static double wordSimilarity(Set<String> terms, String b) {
        return round(similarity(terms, Set.copyOf(Terms.of(b))));
    }

    static double similarity(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        var shared = PairFeatures.shared(a, b);
        var containment = shared / (double) Math.min(a.size(), b.size());
        var dice = 2.0 * shared / (a.size() + b.size());
        return (containment + dice) / 2;
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
