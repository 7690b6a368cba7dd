package org.factdesk.report.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Map;
import org.factdesk.article.control.ArticleRepository;
import org.factdesk.article.entity.ArticleState;
import org.factdesk.review.control.ReviewRepository;
import org.factdesk.review.entity.Verdict;
import org.factdesk.shared.boundary.Page;
import org.factdesk.user.entity.Role;

/** Figures for the people who run the desk. */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class ReportService {

    @Inject
    ArticleRepository articles;

    @Inject
    ReviewRepository reviews;

    @PersistenceContext
    EntityManager em;

    public Map<ArticleState, Long> articlesPerState() {
        return articles.countByState();
    }

    /** Verdicts of approved reviews, every verdict listed even when none has it yet. */
    public Map<Verdict, Long> verdicts() {
        return reviews.approvedVerdictCounts();
    }

    public Page<OutletCount> articlesPerOutlet(int first, int pageSize) {
        var rows = em.createQuery("select new org.factdesk.report.boundary.OutletCount(o.name, count(a),"
                        + " sum(case when a.state = :published then 1 else 0 end))"
                        + " from Article a join a.outlet o group by o.name order by count(a) desc, o.name", OutletCount.class)
                .setParameter("published", ArticleState.PUBLISHED)
                .setFirstResult(Math.max(0, first)).setMaxResults(Page.clampSize(pageSize)).getResultList();
        var total = em.createQuery("select count(distinct a.outlet) from Article a", Long.class).getSingleResult();
        return new Page<>(rows, total);
    }
}
