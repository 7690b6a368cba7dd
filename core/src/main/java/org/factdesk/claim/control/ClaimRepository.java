package org.factdesk.claim.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.factdesk.article.entity.Article;
import org.factdesk.article.entity.ArticleState;
import org.factdesk.claim.boundary.ClaimRow;
import org.factdesk.claim.boundary.WorkFilter;
import org.factdesk.claim.entity.Claim;
import org.factdesk.claim.entity.ClaimState;
import org.factdesk.shared.boundary.NotFoundException;
import org.factdesk.shared.boundary.StaleVersionException;

@Dependent
public class ClaimRepository {

    static final List<ArticleState> CLOSED = List.of(ArticleState.PUBLISHED, ArticleState.ARCHIVED);

    @PersistenceContext
    EntityManager em;

    public Claim get(long id) {
        return Optional.ofNullable(em.find(Claim.class, id)).orElseThrow(() -> new NotFoundException("claim.notFound", id));
    }

    /** The claim as the caller last saw it: refused, with nothing written, if someone changed it since. */
    public Claim getAsSeen(long id, long expectedVersion) {
        var claim = get(id);
        if (claim.getVersion() != expectedVersion) {
            throw new StaleVersionException("claim.changedMeanwhile");
        }
        return claim;
    }

    /** An article's claims in the order they stand in its text. */
    public List<Claim> ofArticle(Article article) {
        return em.createNamedQuery("Claim.findByArticle", Claim.class).setParameter("article", article).getResultList();
    }

    /** The speakers an article's claims name, each once, in alphabetical order: at most {@code max}. */
    public List<String> speakersOf(Article article, int max) {
        return em.createNamedQuery("Claim.speakersOfArticle", String.class).setParameter("article", article)
                .setMaxResults(max).getResultList();
    }

    public List<Claim> get(List<Long> ids) {
        return ids.stream().distinct().map(this::get).toList();
    }

    /** The caller's claims still to be done, soonest due first; returned ones before drafts. */
    public List<ClaimRow> assignedTo(String username, int first, int size) {
        return page(em.createNamedQuery("Claim.rowsAssignedTo", ClaimRow.class)
                .setParameter("username", username).setParameter("closed", CLOSED)
                .setParameter("approved", ClaimState.APPROVED)
                .setParameter("returned", ClaimState.RETURNED).setParameter("inReview", ClaimState.IN_REVIEW), first, size);
    }

    public long countAssignedTo(String username) {
        return em.createNamedQuery("Claim.countAssignedTo", Long.class)
                .setParameter("username", username).setParameter("closed", CLOSED)
                .setParameter("approved", ClaimState.APPROVED).getSingleResult();
    }

    /** Open, unassigned claims of articles still on the desk: soonest due, then most check-worthy. */
    public List<ClaimRow> pool(int first, int size) {
        return page(bindPool(em.createNamedQuery("Claim.rowsInPool", ClaimRow.class)), first, size);
    }

    public long countPool() {
        return bindPool(em.createNamedQuery("Claim.countInPool", Long.class)).getSingleResult();
    }

    /** The desk's open work for assigning, soonest due first. */
    public List<ClaimRow> openWork(WorkFilter filter, Instant now, int first, int size) {
        var query = em.createQuery(Claim.SELECT_ROWS + " where " + openWorkCondition(filter) + Claim.BY_DUE
                + ", c.score desc, c.id", ClaimRow.class);
        return page(bindOpenWork(query, filter, now), first, size);
    }

    public long countOpenWork(WorkFilter filter, Instant now) {
        var query = em.createQuery(Claim.SELECT_COUNT + " where " + openWorkCondition(filter), Long.class);
        return bindOpenWork(query, filter, now).getSingleResult();
    }

    /** Open claims and overdue ones per assignee, for the workload view. */
    public List<Object[]> loadByAssignee(Instant now) {
        return em.createNamedQuery("Claim.loadByAssignee", Object[].class)
                .setParameter("now", now).setParameter("closed", CLOSED).setParameter("approved", ClaimState.APPROVED)
                .getResultList();
    }

    private static String openWorkCondition(WorkFilter filter) {
        var open = "a.state not in :closed and c.state in :workable";
        return switch (filter) {
            case UNASSIGNED -> open + " and c.assignee is null";
            case OVERDUE -> open + " and a.dueAt < :now";
            case OPEN -> open;
        };
    }

    private static <T> TypedQuery<T> bindOpenWork(TypedQuery<T> query, WorkFilter filter, Instant now) {
        query.setParameter("closed", CLOSED)
                .setParameter("workable", List.of(ClaimState.OPEN, ClaimState.IN_REVIEW, ClaimState.RETURNED));
        if (filter == WorkFilter.OVERDUE) {
            query.setParameter("now", now);
        }
        return query;
    }

    private static <T> TypedQuery<T> bindPool(TypedQuery<T> query) {
        return query.setParameter("open", ClaimState.OPEN).setParameter("closed", CLOSED);
    }

    private static <T> List<T> page(TypedQuery<T> query, int first, int size) {
        return query.setFirstResult(first).setMaxResults(size).getResultList();
    }
}
