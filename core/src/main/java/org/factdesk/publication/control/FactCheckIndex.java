package org.factdesk.publication.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.factdesk.article.entity.ArticleState;
import org.factdesk.publication.boundary.FactCheckSummary.VerdictCount;
import org.factdesk.review.entity.ReviewState;
import org.factdesk.review.entity.Verdict;

/**
 * The public index: live fact-checks (published, not retracted), newest first, optionally only those whose headline
 * or checked claims contain every search word. Two queries per page whatever its size: the rows, then the verdicts
 * of just those rows.
 */
@Dependent
public class FactCheckIndex {

    @PersistenceContext
    EntityManager em;

    public List<IndexRow> page(List<String> words, int first, int size) {
        return matching(em.createNamedQuery("FactCheck.liveIndex", IndexRow.class), words)
                .setFirstResult(first).setMaxResults(size).getResultList();
    }

    public long count(List<String> words) {
        return matching(em.createNamedQuery("FactCheck.countLiveIndex", Long.class), words).getSingleResult();
    }

    /** Per fact-check, how many of its checked claims got each verdict, in the scale's order (true first). */
    public Map<Long, List<VerdictCount>> verdicts(List<Long> articleIds) {
        if (articleIds.isEmpty()) {
            return Map.of();
        }
        var counts = new HashMap<Long, EnumMap<Verdict, Long>>();
        em.createNamedQuery("FactCheck.verdictCountsByArticles", Object[].class)
                .setParameter("ids", articleIds).setParameter("approved", ReviewState.APPROVED)
                .getResultList()
                .forEach(row -> counts.computeIfAbsent((Long) row[0], id -> new EnumMap<>(Verdict.class))
                        .put((Verdict) row[1], (Long) row[2]));
        var result = new HashMap<Long, List<VerdictCount>>();
        counts.forEach((id, byVerdict) -> {
            var list = new ArrayList<VerdictCount>();
            byVerdict.forEach((verdict, claims) -> list.add(new VerdictCount(verdict, claims)));
            result.put(id, list);
        });
        return result;
    }

    /** Unused word slots match everything, so one named query serves every number of words up to the limit. */
    private static <T> TypedQuery<T> matching(TypedQuery<T> query, List<String> words) {
        query.setParameter("published", ArticleState.PUBLISHED).setParameter("approved", ReviewState.APPROVED);
        for (var i = 0; i < SearchWords.MAX_WORDS; i++) {
            query.setParameter("w" + (i + 1), i < words.size() ? "%" + words.get(i) + "%" : "%");
        }
        return query;
    }
}
