package org.factdesk.testsupport;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.factdesk.article.entity.Article;
import org.factdesk.claim.entity.ClaimMatch;

/** What ingest filed for a set of articles: their stories and copies, and the matches between their claims. */
@Stateless
@PermitAll
public class FiledStories {

    @PersistenceContext
    EntityManager em;

    /** @param duplicateOf the first copy of the article's text, or null */
    public record Filed(long article, long story, Long duplicateOf) {
    }

    /**
     * A match between two of the articles, read from the side of the claim filed second.
     *
     * @param conflicts each as kind, this claim's value, the other's, this claim's sentence, the other's
     */
    public record Matched(long article, String text, long otherArticle, String otherText, double similarity,
                          List<List<String>> conflicts) {
    }

    public List<Filed> articles(List<Long> ids) {
        var filed = new ArrayList<Filed>();
        for (var id : ids) {
            var article = em.find(Article.class, id);
            filed.add(new Filed(id, article.getStory().getId(),
                    article.getDuplicateOf() == null ? null : article.getDuplicateOf().getId()));
        }
        return filed;
    }

    public List<Matched> matches(List<Long> ids) {
        var matched = new ArrayList<Matched>();
        for (var match : em.createQuery("select distinct m from ClaimMatch m left join fetch m.conflicts"
                        + " join fetch m.claim c join fetch m.matched o"
                        + " where c.article.id in :ids and o.article.id in :ids", ClaimMatch.class)
                .setParameter("ids", ids).getResultList()) {
            var conflicts = match.getConflicts().stream()
                    .map(c -> Arrays.asList(c.getKind().name(), c.getClaimValue(), c.getMatchedValue(),
                            c.getClaimSentence(), c.getMatchedSentence()))
                    .toList();
            matched.add(new Matched(match.getClaim().getArticle().getId(), match.getClaim().getText(),
                    match.getMatched().getArticle().getId(), match.getMatched().getText(), match.getSimilarity(),
                    conflicts));
        }
        return matched;
    }
}
