package org.factdesk.analysis.retrieval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.factdesk.analysis.compare.ClaimMatcher;
import org.factdesk.analysis.compare.Comparison;
import org.factdesk.analysis.compare.MatchableClaim;
import org.factdesk.analysis.compare.PreparedClaim;

/**
 * Finds the earlier claims a new claim repeats: BM25 candidates from a {@link ClaimIndex}, re-ranked by how much of
 * their content the two share ({@link ClaimMatcher}) and, when configured, by a {@link ReRanker}. Each result
 * carries the matcher's verdict, so a caller shows a journalist only {@code sameStatement()} ones and flags
 * conflicts. The new claim is read once; every candidate is ranked on its words, and only the k returned get the
 * matcher's full verdict. Thread-safe if the index and re-ranker are.
 */
public final class ClaimRetrieval {

    /**
     * Candidates read from the index per query; re-ranking only reorders these. The matcher's similarity moves a
     * candidate a few places at most, so ten are enough without a re-ranker; sentence embeddings lift paraphrases
     * from further down.
     */
    static final int POOL = 10;
    static final int POOL_WITH_RE_RANKER = 30;
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

    private record Ranked(IndexedClaim claim, PreparedClaim prepared, double score) {
    }

    public List<Match> find(MatchableClaim claim, int k) {
        var candidates = index.candidates(claim.text(), Math.max(k, reRanker == null ? POOL : POOL_WITH_RE_RANKER));
        if (candidates.isEmpty()) {
            return List.of();
        }
        var query = PreparedClaim.of(claim);
        var best = candidates.get(0).score();
        var semantic = reRanker == null ? null
                : reRanker.similarities(claim.text(), candidates.stream().map(ClaimIndex.Candidate::claim).toList());
        var ranked = new ArrayList<Ranked>();
        for (var i = 0; i < candidates.size(); i++) {
            var candidate = candidates.get(i);
            var prepared = PreparedClaim.of(candidate.claim().matchable());
            var score = candidate.score() / best + LEXICAL_WEIGHT * matcher.similarity(query, prepared)
                    + (semantic == null ? 0 : SEMANTIC_WEIGHT * semantic[i]);
            ranked.add(new Ranked(candidate.claim(), prepared, score));
        }
        ranked.sort(Comparator.comparingDouble(Ranked::score).reversed());
        return ranked.stream().limit(k)
                .map(r -> new Match(r.claim(), r.score(), matcher.compare(query, r.prepared())))
                .toList();
    }
}
