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

    private static final String OPEN = "select count(c) from Claim c where c.assignee = u and c.article.state not in :closed";
    private static final String LISTED = " from User u where (u.active = true and :journalist member of u.roles)"
            + " or exists (select c.id from Claim c where c.assignee = u and c.article.state not in :closed)";

    @PersistenceContext
    EntityManager em;

    public List<JournalistLoad> page(Instant now, int first, int size) {
        return bind(em.createQuery("select u.username, u.displayName, u.active, (" + OPEN + ") as open, ("
                        + OPEN + " and c.article.dueAt < :now) as overdue" + LISTED
                        + " order by overdue desc, open desc, u.displayName, u.username", Object[].class))
                .setParameter("now", now)
                .setFirstResult(first).setMaxResults(size).getResultStream()
                .map(r -> new JournalistLoad((String) r[0], (String) r[1], (Boolean) r[2], (Long) r[3], (Long) r[4]))
                .toList();
    }

    public long count() {
        return bind(em.createQuery("select count(u)" + LISTED, Long.class)).getSingleResult();
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> query) {
        return query.setParameter("journalist", Role.JOURNALIST)
                .setParameter("closed", List.of(ArticleState.PUBLISHED, ArticleState.ARCHIVED));
    }
}
