package org.factdesk.report.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.List;
import org.factdesk.article.entity.ArticleState;
import org.factdesk.report.boundary.JournalistLoad;
import org.factdesk.user.entity.Role;

/**
 * Open work per person, as of now: the claims assigned to them on articles that are neither published nor
 * archived, and how many of those articles are past their due time. Every active journalist is listed, idle ones
 * too, and anyone else who holds open work, so that nothing assigned goes unseen.
 */
@Dependent
public class WorkloadFigures {

    @PersistenceContext
    EntityManager em;

    public List<JournalistLoad> page(Instant now, int first, int size) {
        return bind(em.createNamedQuery("User.workloads", Object[].class))
                .setParameter("now", now)
                .setFirstResult(first).setMaxResults(size).getResultStream()
                .map(r -> new JournalistLoad((String) r[0], (String) r[1], (Boolean) r[2], (Long) r[3], (Long) r[4]))
                .toList();
    }

    public long count() {
        return bind(em.createNamedQuery("User.countWorkloads", Long.class)).getSingleResult();
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> query) {
        return query.setParameter("journalist", Role.JOURNALIST)
                .setParameter("closed", List.of(ArticleState.PUBLISHED, ArticleState.ARCHIVED));
    }
}
