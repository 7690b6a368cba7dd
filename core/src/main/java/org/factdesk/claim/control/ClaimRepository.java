package org.factdesk.claim.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.factdesk.article.entity.ArticleState;
import org.factdesk.claim.boundary.ClaimRow;
import org.factdesk.claim.entity.Claim;
import org.factdesk.claim.entity.ClaimState;
import org.factdesk.shared.boundary.NotFoundException;

@Dependent
public class ClaimRepository {

    private static final String ROW = "select new org.factdesk.claim.boundary.ClaimRow(c.id, c.text, c.kind, c.speaker,"
            + " c.score, c.state, a.id, a.title, o.name, a.state, u.displayName)"
            + " from Claim c join c.article a join a.outlet o left join c.assignee u";

    @PersistenceContext
    EntityManager em;

    public Claim get(long id) {
        return Optional.ofNullable(em.find(Claim.class, id)).orElseThrow(() -> new NotFoundException("Claim", id));
    }

    /** The caller's claims still in their hands first, most check-worthy first. */
    public List<ClaimRow> assignedTo(String username, int first, int size) {
        return em.createQuery(ROW + " where u.username = :username and a.state not in :closed"
                        + " order by case c.state when :returned then 0 when :inReview then 1 else 2 end, c.score desc, c.id",
                        ClaimRow.class)
                .setParameter("username", username)
                .setParameter("closed", List.of(ArticleState.PUBLISHED, ArticleState.ARCHIVED))
                .setParameter("returned", ClaimState.RETURNED)
                .setParameter("inReview", ClaimState.IN_REVIEW)
                .setFirstResult(first).setMaxResults(size).getResultList();
    }

    public long countAssignedTo(String username) {
        return em.createQuery("select count(c) from Claim c join c.assignee u join c.article a"
                        + " where u.username = :username and a.state not in :closed", Long.class)
                .setParameter("username", username)
                .setParameter("closed", List.of(ArticleState.PUBLISHED, ArticleState.ARCHIVED))
                .getSingleResult();
    }

    /** Open, unassigned claims of articles still on the desk, most check-worthy first. */
    public List<ClaimRow> pool(int first, int size) {
        return em.createQuery(ROW + " where c.assignee is null and c.state = :open and a.state not in :closed"
                        + " order by c.score desc, c.id", ClaimRow.class)
                .setParameter("open", ClaimState.OPEN)
                .setParameter("closed", List.of(ArticleState.PUBLISHED, ArticleState.ARCHIVED))
                .setFirstResult(first).setMaxResults(size).getResultList();
    }

    public long countPool() {
        return em.createQuery("select count(c) from Claim c join c.article a where c.assignee is null and c.state = :open"
                        + " and a.state not in :closed", Long.class)
                .setParameter("open", ClaimState.OPEN)
                .setParameter("closed", List.of(ArticleState.PUBLISHED, ArticleState.ARCHIVED))
                .getSingleResult();
    }
}
