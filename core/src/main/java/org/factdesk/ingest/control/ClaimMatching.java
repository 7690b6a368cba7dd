package org.factdesk.ingest.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.factdesk.analysis.compare.ClaimMatcher;
import org.factdesk.analysis.compare.Comparison;
import org.factdesk.analysis.compare.MatchableClaim;
import org.factdesk.analysis.compare.PreparedClaim;
import org.factdesk.analysis.compare.SameStatements;
import org.factdesk.analysis.embedding.Vectors;
import org.factdesk.article.entity.Article;
import org.factdesk.claim.control.ClaimContext;
import org.factdesk.claim.control.ClaimVectors;
import org.factdesk.claim.entity.Claim;
import org.factdesk.claim.entity.ClaimMatch;
import org.factdesk.review.control.ReviewedClaims;

/**
 * Links each claim of a new copy to the same statement in the other copies of its story, with the engine's
 * {@link SameStatements} as the {@code analyze} command uses it, and to claims reviewed before; every value they
 * disagree on is recorded. Copies of the article's own text are left out: their claims are the same by
 * construction. The new claims are embedded only when they are compared: all of them, in one call of the sentence
 * model, when the story has other copies (a sentence another copy repeats word for word takes that copy's vector),
 * else each one whose words a reviewed claim shares; the rest when the story's next copy arrives. Vectors are kept
 * on the claim rows. The work per article stays bounded however large the story grows.
 */
@Dependent
public class ClaimMatching {

    static final int MAX_STORY_CLAIMS = 3000;

    @Inject
    ClaimMatcher matcher;

    @Inject
    ClaimVectors vectors;

    @PersistenceContext
    EntityManager em;

    @Inject
    ReviewedClaims reviewed;

    /**
     * @param fresh the article's claims, as ingest filed them
     * @return how many matches were recorded
     */
    public int match(Article article, List<Claim> fresh) {
        var recorded = new HashSet<List<Long>>();
        var count = 0;
        var storyClaims = article.getStory() == null ? List.<Claim>of() : storyClaims(article);
        var prepared = new ArrayList<MatchableClaim>(fresh.size());
        fresh.forEach(claim -> prepared.add(ClaimContext.matchable(claim)));
        if (!storyClaims.isEmpty()) {
            var preparedStory = prepared(storyClaims, Map.of());
            var bySentence = new HashMap<String, byte[]>();
            for (var i = 0; i < storyClaims.size(); i++) {
                bySentence.putIfAbsent(preparedStory.get(i).matchable().context(), storyClaims.get(i).getVector());
            }
            var stored = new ArrayList<SameStatements.Stored<Claim>>(storyClaims.size());
            for (var i = 0; i < storyClaims.size(); i++) {
                stored.add(new SameStatements.Stored<>(storyClaims.get(i), preparedStory.get(i)));
            }
            for (var found : new SameStatements<Claim>(matcher).find(prepared(fresh, bySentence), stored)) {
                var claim = fresh.get(found.claim());
                if (recorded.add(List.of(claim.getId(), found.other().getId()))) {
                    record(claim, found.other(), found.comparison());
                    count++;
                }
            }
        }
        for (var i = 0; i < fresh.size(); i++) {
            var claim = fresh.get(i);
            for (var earlier : reviewed.sameAs(prepared.get(i), () -> vectors.of(List.of(claim)).get(0))) {
                var id = earlier.claim().id();
                if (id != claim.getId() && recorded.add(List.of(claim.getId(), id))) {
                    record(claim, em.getReference(Claim.class, id), earlier.comparison());
                    count++;
                }
            }
        }
        return count;
    }

    /**
     * The claims read for the matcher, each with its stored vector; those missing are computed and stored, unless
     * {@code bySentence} already holds the vector of their sentence.
     */
    private List<PreparedClaim> prepared(List<Claim> claims, Map<String, byte[]> bySentence) {
        var stored = vectors.of(claims, bySentence);
        var prepared = new ArrayList<PreparedClaim>(claims.size());
        for (var i = 0; i < claims.size(); i++) {
            prepared.add(PreparedClaim.of(ClaimContext.matchable(claims.get(i)), Vectors.read(stored.get(i))));
        }
        return prepared;
    }

    /** The story's other claims in the order they were filed, without those of copies of the article's own text. */
    private List<Claim> storyClaims(Article article) {
        var original = article.getDuplicateOf() == null ? article : article.getDuplicateOf();
        return em.createNamedQuery("Claim.ofOtherCopiesInStory", Claim.class)
                .setParameter("story", article.getStory()).setParameter("article", article)
                .setParameter("original", original)
                .setMaxResults(MAX_STORY_CLAIMS).getResultList();
    }

    private void record(Claim claim, Claim other, Comparison comparison) {
        var match = new ClaimMatch(claim, other, comparison.similarity());
        for (var conflict : comparison.conflicts()) {
            match.flagConflict(conflict.kind(), conflict.value(), conflict.otherValue(), conflict.sentence(),
                    conflict.otherSentence());
        }
        em.persist(match);
    }
}
