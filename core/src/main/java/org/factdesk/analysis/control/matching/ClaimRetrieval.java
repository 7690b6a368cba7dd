package org.factdesk.analysis.control.matching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds the earlier claims a new claim repeats: BM25 candidates from a {@link ClaimIndex}, re-ranked by how much of
 * their content the two share ({@link ClaimMatcher}) and, when configured, by a {@link ReRanker}. Each result
 * carries the matcher's verdict, so a caller shows a journalist only {@code sameStatement()} ones and flags
 * conflicts. Thread-safe if the index and re-ranker are.
 */
public final class ClaimRetrieval {

    /** Candidates read from the index per query; re-ranking only reorders these. */
    static final int POOL = 30;
    /** Blend of the normalised BM25 score and the matcher's similarity, chosen on the CLEF 2020 dev split. */
    static final double LEXICAL_WEIGHT = 0.25;
    static final double SEMANTIC_WEIGHT = 3.0;

    private final ClaimIndex index;
    private final ReRanker reRanker;
    private final ClaimMatcher matcher = new ClaimMatcher();

    /** @param reRanker may be null */
    public ClaimRetrieval(ClaimIndex index, ReRanker reRanker) {
        this.index = index;
        this.reRanker = reRanker;
    }

    public ClaimRetrieval(ClaimIndex index) {
        this(index, null);
    }

    /**
     * A stored claim, its blended score (higher is closer; comparable within one query) and what the matcher
     * found.
     */
    public record Match(IndexedClaim claim, double score, Comparison comparison) {
    }

    public List<Match> find(MatchableClaim claim, int k) {
        var candidates = index.candidates(claim.text(), Math.max(k, POOL));
        if (candidates.isEmpty()) {
            return List.of();
        }
        var best = candidates.get(0).score();
        var semantic = reRanker == null ? null
                : reRanker.similarities(claim.text(), candidates.stream().map(ClaimIndex.Candidate::claim).toList());
        var matches = new ArrayList<Match>();
        for (var i = 0; i < candidates.size(); i++) {
            var candidate = candidates.get(i);
            var comparison = matcher.compare(claim, candidate.claim().matchable());
            var score = candidate.score() / best + LEXICAL_WEIGHT * comparison.similarity()
                    + (semantic == null ? 0 : SEMANTIC_WEIGHT * semantic[i]);
            matches.add(new Match(candidate.claim(), score, comparison));
        }
        matches.sort(Comparator.comparingDouble(Match::score).reversed());
        return List.copyOf(matches.subList(0, Math.min(k, matches.size())));
    }
}
