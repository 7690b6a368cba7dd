package org.factdesk.claim.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.factdesk.analysis.compare.WordDiff;
import org.factdesk.claim.boundary.Variant;
import org.factdesk.claim.boundary.VariantConflict;
import org.factdesk.claim.entity.Claim;
import org.factdesk.claim.entity.ClaimMatch;

/** Reads back what matching recorded about a claim, from either side of each match. */
@Dependent
public class ClaimMatches {

    private final WordDiff diff = new WordDiff();

    @PersistenceContext
    EntityManager em;

    /**
     * @param variants the same statement in the other copies of the story, aligned with the claim
     * @param matched  every claim matched with it, in whichever story, in the order the matches are read
     */
    public record Related(List<Variant> variants, List<Claim> matched) {
    }

    public Related of(Claim claim) {
        var variants = new ArrayList<Variant>();
        var matched = new ArrayList<Claim>();
        var story = claim.getArticle().getStory();
        for (var match : em.createNamedQuery("ClaimMatch.ofClaimWithConflicts", ClaimMatch.class)
                .setParameter("claim", claim).getResultList()) {
            var mine = match.getClaim().equals(claim);
            var other = mine ? match.getMatched() : match.getClaim();
            var article = other.getArticle();
            if (story != null && Objects.equals(story, article.getStory())) {
                variants.add(new Variant(other.getId(), other.getText(), article.getOutlet().getName(), article.getId(),
                        match.getSimilarity(), diff.diff(claim.getText(), other.getText()), conflicts(match, mine)));
            }
            matched.add(other);
        }
        variants.sort(Comparator.comparing(Variant::conflicting).reversed().thenComparing(Variant::similarity, Comparator.reverseOrder()));
        return new Related(List.copyOf(variants), List.copyOf(matched));
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
        var ids = new HashSet<Long>(em.createNamedQuery("ClaimMatch.conflictingClaimIdsOfArticle", Long.class)
                .setParameter("id", articleId).getResultList());
        ids.addAll(em.createNamedQuery("ClaimMatch.conflictingMatchedIdsOfArticle", Long.class)
                .setParameter("id", articleId).getResultList());
        return Set.copyOf(ids);
    }
}
