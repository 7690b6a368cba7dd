package org.factdesk.claim.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.factdesk.analysis.compare.ClaimMatcher;
import org.factdesk.analysis.compare.Comparison;
import org.factdesk.analysis.compare.MatchableClaim;
import org.factdesk.analysis.compare.PreparedClaim;
import org.factdesk.analysis.compare.SameStatements;
import org.factdesk.analysis.retrieval.Vectors;
import org.factdesk.article.entity.Article;
import org.factdesk.claim.entity.Claim;
import org.factdesk.claim.entity.ClaimMatch;

/**
 * Links each claim of a new copy to the same statement in the other copies of its story, with the engine's
 * {@link SameStatements} as the {@code analyze} command uses it, and to claims reviewed before; every value they
 * disagree on is recorded. Copies of the article's own text are left out: their claims are the same by
 * construction. The new claims are embedded in one call of the sentence model and their vectors kept on their rows;
 * the stored claims' vectors are read from theirs. The work per article stays bounded however large the story grows.
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

    /** @return how many matches were recorded */
    public int match(Article article) {
        var fresh = article.getClaims();
        var prepared = prepared(fresh);
        var recorded = new HashSet<List<Long>>();
        var count = 0;
        if (article.getStory() != null) {
            var storyClaims = storyClaims(article);
            var preparedStory = prepared(storyClaims);
            var stored = new ArrayList<SameStatements.Stored<Claim>>(storyClaims.size());
            for (var i = 0; i < storyClaims.size(); i++) {
                stored.add(new SameStatements.Stored<>(storyClaims.get(i), preparedStory.get(i)));
            }
            for (var found : new SameStatements<Claim>(matcher).find(prepared, stored)) {
                var claim = fresh.get(found.claim());
                if (recorded.add(List.of(claim.getId(), found.other().getId()))) {
                    record(claim, found.other(), found.comparison());
                    count++;
                }
            }
        }
        for (var i = 0; i < fresh.size(); i++) {
            var claim = fresh.get(i);
            for (var earlier : reviewed.sameAs(prepared.get(i).matchable(), claim.getVector())) {
                var id = earlier.claim().id();
                if (id != claim.getId() && recorded.add(List.of(claim.getId(), id))) {
                    record(claim, em.getReference(Claim.class, id), earlier.comparison());
                    count++;
                }
            }
        }
        return count;
    }

    /** The claims read for the matcher, each with its stored vector (computed and stored where missing). */
    private List<PreparedClaim> prepared(List<Claim> claims) {
        var stored = vectors.of(claims);
        var prepared = new ArrayList<PreparedClaim>(claims.size());
        for (var i = 0; i < claims.size(); i++) {
            prepared.add(PreparedClaim.of(matchable(claims.get(i)), Vectors.read(stored.get(i))));
        }
        return prepared;
    }

    /** The story's other claims in the order they were filed, without those of copies of the article's own text. */
    private List<Claim> storyClaims(Article article) {
        var original = article.getDuplicateOf() == null ? article : article.getDuplicateOf();
        return em.createQuery("select c from Claim c join fetch c.article a where a.story = :story and a <> :article"
                        + " and a <> :original and (a.duplicateOf is null or a.duplicateOf <> :original)"
                        + " order by a.id, c.startOffset, c.id", Claim.class)
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

    /**
     * The claim as the engine compares it: with the sentence it was read in (or, for claims stored before the
     * sentence was kept, the one read back from the text around it) and its article's date.
     */
    static MatchableClaim matchable(Claim claim) {
        var sentence = claim.getSentence();
        var context = sentence != null ? sentence
                : ClaimContext.around(claim.getArticle().getCleanedText(), claim.getStartOffset(), claim.getEndOffset());
        return new MatchableClaim(claim.getText(), context, claim.getKind(), claim.getSpeaker(),
                claim.getArticle().getPublishedOn());
    }
}
