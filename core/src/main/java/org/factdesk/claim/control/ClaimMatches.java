package org.factdesk.claim.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.factdesk.analysis.compare.WordDiff;
import org.factdesk.article.entity.ArticleState;
import org.factdesk.claim.boundary.EarlierVerdict;
import org.factdesk.claim.boundary.Variant;
import org.factdesk.claim.boundary.VariantConflict;
import org.factdesk.claim.entity.Claim;
import org.factdesk.claim.entity.ClaimMatch;
import org.factdesk.review.control.ReviewRepository;
import org.factdesk.review.entity.ReviewState;

/** Reads back what matching recorded about a claim, from either side of each match. */
@Dependent
public class ClaimMatches {

    private final WordDiff diff = new WordDiff();

    @PersistenceContext
    EntityManager em;

    @Inject
    ReviewRepository reviews;

    public record Related(List<Variant> variants, List<EarlierVerdict> earlierVerdicts) {
    }

    public Related of(Claim claim) {
        var variants = new ArrayList<Variant>();
        var earlier = new ArrayList<EarlierVerdict>();
        var story = claim.getArticle().getStory();
        for (var match : em.createQuery("select distinct m from ClaimMatch m left join fetch m.conflicts"
                        + " where m.claim = :claim or m.matched = :claim", ClaimMatch.class)
                .setParameter("claim", claim).getResultList()) {
            var mine = match.getClaim().equals(claim);
            var other = mine ? match.getMatched() : match.getClaim();
            var article = other.getArticle();
            if (story != null && Objects.equals(story, article.getStory())) {
                variants.add(new Variant(other.getId(), other.getText(), article.getOutlet().getName(), article.getId(),
                        match.getSimilarity(), diff.diff(claim.getText(), other.getText()), conflicts(match, mine)));
            }
            reviews.findByClaim(other.getId()).filter(r -> r.getState() == ReviewState.APPROVED).ifPresent(r ->
                    earlier.add(new EarlierVerdict(other.getId(), other.getText(), article.getOutlet().getName(), article.getId(),
                            r.getVerdict(), article.getState() == ArticleState.PUBLISHED)));
        }
        variants.sort(Comparator.comparing(Variant::conflicting).reversed().thenComparing(Variant::similarity, Comparator.reverseOrder()));
        return new Related(List.copyOf(variants), List.copyOf(earlier));
    }

    /** Every disagreement of the match, seen from the claim on its {@code mine} side. */
    private static List<VariantConflict> conflicts(ClaimMatch match, boolean mine) {
        return match.getConflicts().stream()
                .map(c -> mine ? new VariantConflict(c.getKind(), c.getClaimValue(), c.getMatchedValue(),
                        c.getClaimSentence(), c.getMatchedSentence())
                        : new VariantConflict(c.getKind(), c.getMatchedValue(), c.getClaimValue(),
                        c.getMatchedSentence(), c.getClaimSentence()))
                .toList();
    }

    /** Claims of an article that disagree with another copy of the story, for the article page. */
    public Set<Long> conflictingClaims(long articleId) {
        var ids = new HashSet<Long>(em.createQuery("select m.claim.id from ClaimMatch m where m.conflictKind is not null"
                + " and m.claim.article.id = :id", Long.class).setParameter("id", articleId).getResultList());
        ids.addAll(em.createQuery("select m.matched.id from ClaimMatch m where m.conflictKind is not null"
                + " and m.matched.article.id = :id", Long.class).setParameter("id", articleId).getResultList());
        return Set.copyOf(ids);
    }
}
