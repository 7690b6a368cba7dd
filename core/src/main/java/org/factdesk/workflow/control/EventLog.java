package org.factdesk.workflow.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.factdesk.article.entity.Article;
import org.factdesk.review.entity.Review;
import org.factdesk.workflow.entity.SubjectType;
import org.factdesk.workflow.entity.WorkflowEvent;

/** Writes every workflow transition in the caller's transaction, so a step and its record commit or fail together. */
@Dependent
public class EventLog {

    @PersistenceContext
    EntityManager em;

    @Inject
    public EventLog() {
    }

    public void article(String actor, Article article, String action, Enum<?> from, Enum<?> to, String comment) {
        em.persist(new WorkflowEvent(actor, SubjectType.ARTICLE, article.getId(), article.getId(), action, from, to, comment));
    }

    public void review(String actor, Review review, String action, Enum<?> from, Enum<?> to, String comment) {
        em.persist(new WorkflowEvent(actor, SubjectType.REVIEW, review.getId(), review.getClaim().getArticle().getId(),
                action, from, to, comment));
    }

    public void claim(String actor, org.factdesk.claim.entity.Claim claim, String action, Enum<?> from, Enum<?> to, String comment) {
        em.persist(new WorkflowEvent(actor, SubjectType.CLAIM, claim.getId(), claim.getArticle().getId(), action, from, to, comment));
    }

    /** A change to something outside any article, such as a staff account or the rating scale. */
    public void other(String actor, SubjectType type, long subjectId, String action, Enum<?> from, Enum<?> to, String comment) {
        em.persist(new WorkflowEvent(actor, type, subjectId, null, action, from, to, comment));
    }

    public List<WorkflowEvent> forSubject(SubjectType type, long subjectId) {
        return em.createNamedQuery("WorkflowEvent.findBySubject", WorkflowEvent.class)
                .setParameter("type", type).setParameter("id", subjectId).getResultList();
    }

    public List<WorkflowEvent> forArticle(long articleId) {
        return em.createNamedQuery("WorkflowEvent.findByArticle", WorkflowEvent.class)
                .setParameter("articleId", articleId).getResultList();
    }
}
