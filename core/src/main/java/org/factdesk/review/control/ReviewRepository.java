package org.factdesk.review.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.factdesk.review.boundary.ApprovalRow;
import org.factdesk.review.entity.Review;
import org.factdesk.review.entity.ReviewState;
import org.factdesk.review.entity.Verdict;
import org.factdesk.shared.boundary.NotFoundException;

@Dependent
public class ReviewRepository {

    @PersistenceContext
    EntityManager em;

    public Review get(long id) {
        return Optional.ofNullable(em.find(Review.class, id)).orElseThrow(() -> new NotFoundException("review.notFound", id));
    }

    public Optional<Review> findByClaim(long claimId) {
        return em.createNamedQuery("Review.findByClaim", Review.class).setParameter("claimId", claimId)
                .getResultStream().findFirst();
    }

    public List<Review> forArticle(long articleId) {
        return em.createNamedQuery("Review.findByArticle", Review.class).setParameter("articleId", articleId).getResultList();
    }

    public void add(Review review) {
        em.persist(review);
    }

    public List<ApprovalRow> awaitingDecision(int first, int size) {
        return em.createNamedQuery("Review.awaitingDecision", ApprovalRow.class)
                .setParameter("state", ReviewState.SUBMITTED)
                .setFirstResult(first).setMaxResults(size).getResultList();
    }

    public long countAwaitingDecision() {
        return em.createNamedQuery("Review.countInState", Long.class)
                .setParameter("state", ReviewState.SUBMITTED).getSingleResult();
    }

    public Map<Verdict, Long> approvedVerdictCounts() {
        var counts = new EnumMap<Verdict, Long>(Verdict.class);
        for (var verdict : Verdict.values()) {
            counts.put(verdict, 0L);
        }
        for (var row : em.createNamedQuery("Review.verdictCounts", Object[].class).getResultList()) {
            if (row[0] != null) {
                counts.put((Verdict) row[0], (Long) row[1]);
            }
        }
        return counts;
    }
}
