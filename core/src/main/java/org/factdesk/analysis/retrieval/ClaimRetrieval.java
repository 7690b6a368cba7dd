package org.factdesk.analysis.retrieval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import org.factdesk.analysis.compare.ClaimMatcher;
import org.factdesk.analysis.compare.Comparison;
import org.factdesk.analysis.compare.MatchableClaim;
import org.factdesk.analysis.compare.PreparedClaim;
import org.factdesk.analysis.compare.Terms;

/**
 * Finds the earlier claims a new claim repeats, by words and by meaning: BM25 candidates from a {@link ClaimIndex},
 * ranked again by a blend of their BM25 score, the words the two share and the cosine of their sentence vectors
 * (stored with each claim, so nothing is embedded again). Each result carries the matcher's verdict, so a caller
 * shows a journalist only {@code sameStatement()} ones and flags conflicts. Only the k returned get the matcher's
 * full verdict. Thread-safe if the index is.
 */
public final class ClaimRetrieval {

    /**
     * Candidates read from the index per query; the blend only reorders these. Sentence vectors lift paraphrases
     * that share few words from far down the BM25 list.
     */
    static final int POOL = 50;
    /** Blend of the normalised BM25 score, word similarity and cosine, chosen on the CLEF 2020 train and dev splits. */
    static final double LEXICAL_WEIGHT = 0.5;
    static final double SEMANTIC_WEIGHT = 4.0;

    private final ClaimIndex index;
    private final ClaimMatcher matcher;

    public ClaimRetrieval(ClaimIndex index, ClaimMatcher matcher) {
        this.index = index;
        this.matcher = matcher;
    }

    /**
     * A stored claim, its blended score (higher is closer; comparable within one query) and what the matcher
     * found.
     */
    public record Match(IndexedClaim claim, double score, Comparison comparison) {
    }

    private record Ranked(IndexedClaim claim, double score) {
    }

    /** @param vector the claim's sentence vector, as {@link ClaimMatcher#prepare} makes it */
    public List<Match> find(MatchableClaim claim, float[] vector, int k) {
        Objects.requireNonNull(vector, "vector");
        return find(claim, () -> vector, k);
    }

    /**
     * The same search for a claim whose vector is only computed when a stored claim shares its words: with none,
     * nothing could be found, and the model is not run.
     */
    public List<Match> find(MatchableClaim claim, Supplier<float[]> lazyVector, int k) {
        var candidates = index.candidates(claim.text(), Math.max(k, POOL));
        if (candidates.isEmpty()) {
            return List.of();
        }
        var vector = Objects.requireNonNull(lazyVector.get(), "vector");
        var query = PreparedClaim.of(claim, vector);
        var queryTerms = Set.copyOf(Terms.of(claim.text()));
        var best = candidates.get(0).score();
        var ranked = new ArrayList<Ranked>();
        for (var candidate : candidates) {
            var stored = Objects.requireNonNull(candidate.claim().vector(), "a stored claim without its vector");
            var words = ClaimMatcher.wordSimilarity(queryTerms, candidate.claim().text());
            var score = candidate.score() / best + LEXICAL_WEIGHT * words + SEMANTIC_WEIGHT * Vectors.cosine(vector, stored);
            ranked.add(new Ranked(candidate.claim(), score));
        }
        ranked.sort(Comparator.comparingDouble(Ranked::score).reversed());
        return ranked.stream().limit(k)
                .map(r -> new Match(r.claim(), r.score(), matcher.compare(query,
                        PreparedClaim.of(r.claim().matchable(), Vectors.read(r.claim().vector())))))
                .toList();
    }
}
