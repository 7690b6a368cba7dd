package org.factdesk.claim.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.factdesk.analysis.compare.ClaimMatcher;
import org.factdesk.analysis.compare.Comparison;
import org.factdesk.analysis.compare.MatchableClaim;
import org.factdesk.analysis.compare.PreparedClaim;
import org.factdesk.analysis.compare.Terms;
import org.factdesk.analysis.retrieval.Vectors;
import org.factdesk.article.entity.Article;
import org.factdesk.claim.entity.Claim;
import org.factdesk.claim.entity.ClaimMatch;

/**
 * Links each claim of a new copy to the same statement in the other copies of its story, and to claims reviewed
 * before, flagging where they disagree. The new claims are embedded when they are first compared and their
 * vectors kept; the stored claims' vectors are read from their rows. The matcher only sees the few stored claims
 * closest to each new one, by meaning and shared words, so the work per article stays bounded however large the
 * story grows.
 */
@Dependent
public class ClaimMatching {

    /** Stored claims of the story the matcher compares with each new claim. */
    static final int CLOSEST = 8;
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
     * The new claims get their vectors here only when they are compared: all of them when the story has other
     * copies (a sentence another copy repeats word for word takes that copy's vector), else each one whose words
     * a reviewed claim shares; the rest are embedded when the story's next copy arrives ({@link ClaimVectors}).
     *
     * @return how many matches were recorded
     */
    public int match(Article article) {
        var recorded = new HashSet<List<Long>>();
        var count = 0;
        var stored = article.getStory() == null ? List.<Side>of() : sides(storyClaims(article), Map.of());
        if (!stored.isEmpty()) {
            var bySentence = new HashMap<String, byte[]>();
            stored.forEach(side -> bySentence.putIfAbsent(side.prepared().matchable().context(), side.claim().getVector()));
            for (var claim : sides(article.getClaims(), bySentence)) {
                for (var other : closest(claim, stored)) {
                    var comparison = matcher.compare(claim.prepared(), other.prepared());
                    if (comparison.sameStatement() && recorded.add(List.of(claim.claim().getId(), other.claim().getId()))) {
                        record(claim.claim(), other.claim(), comparison);
                        count++;
                    }
                }
            }
        }
        for (var claim : article.getClaims()) {
            for (var earlier : reviewed.sameAs(matchable(claim), () -> vectors.of(List.of(claim)).get(0))) {
                var id = earlier.claim().id();
                if (id != claim.getId() && recorded.add(List.of(claim.getId(), id))) {
                    record(claim, em.getReference(Claim.class, id), earlier.comparison());
                    count++;
                }
            }
        }
        return count;
    }

    private record Side(Claim claim, PreparedClaim prepared, float[] vector, Set<String> terms) {
    }

    private List<Side> sides(List<Claim> claims, Map<String, byte[]> bySentence) {
        var stored = vectors.of(claims, bySentence);
        var sides = new ArrayList<Side>(claims.size());
        for (var i = 0; i < claims.size(); i++) {
            var matchable = matchable(claims.get(i));
            var vector = Vectors.read(stored.get(i));
            sides.add(new Side(claims.get(i), PreparedClaim.of(matchable, vector), vector,
                    new HashSet<>(Terms.of(matchable.context()))));
        }
        return sides;
    }

    /** By cosine plus the share of words in common, so that both a paraphrase and a near-copy come first. */
    private static List<Side> closest(Side claim, List<Side> stored) {
        return stored.stream()
                .map(other -> new Object[]{other, Vectors.dot(claim.vector(), other.vector())
                        + shared(claim.terms(), other.terms()) / (double) Math.max(1, claim.terms().size())})
                .sorted(Comparator.comparingDouble((Object[] pair) -> (double) pair[1]).reversed())
                .limit(CLOSEST)
                .map(pair -> (Side) pair[0])
                .toList();
    }

    private static int shared(Set<String> a, Set<String> b) {
        var small = a.size() <= b.size() ? a : b;
        var large = small == a ? b : a;
        return (int) small.stream().filter(large::contains).count();
    }

    private List<Claim> storyClaims(Article article) {
        return em.createQuery("select c from Claim c join fetch c.article where c.article.story = :story and c.article <> :article", Claim.class)
                .setParameter("story", article.getStory()).setParameter("article", article)
                .setMaxResults(MAX_STORY_CLAIMS).getResultList();
    }

    private void record(Claim claim, Claim other, Comparison comparison) {
        var match = new ClaimMatch(claim, other, comparison.similarity());
        comparison.conflicts().stream().findFirst()
                .ifPresent(conflict -> match.flagConflict(conflict.kind(), conflict.value(), conflict.otherValue()));
        em.persist(match);
    }

    static MatchableClaim matchable(Claim claim) {
        var text = claim.getArticle().getCleanedText();
        return new MatchableClaim(claim.getText(), ClaimContext.around(text, claim.getStartOffset(), claim.getEndOffset()),
                claim.getKind(), claim.getSpeaker());
    }
}
