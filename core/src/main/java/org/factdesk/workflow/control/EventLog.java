package org.factdesk.workflow.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
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

    /**
     * What an event is about: the thing and, for anything inside an article (a claim, a review), the article too,
     * so the article's page shows every event of its claims and reviews.
     */
    public record Subject(SubjectType type, long id, Long articleId) {

        public static Subject article(long articleId) {
            return new Subject(SubjectType.ARTICLE, articleId, articleId);
        }

        public static Subject claim(long claimId, long articleId) {
            return new Subject(SubjectType.CLAIM, claimId, articleId);
        }

        public static Subject review(long reviewId, long articleId) {
            return new Subject(SubjectType.REVIEW, reviewId, articleId);
        }

        /** Something outside any article, such as a staff account or the rating scale. */
        public static Subject of(SubjectType type, long id) {
            return new Subject(type, id, null);
        }
    }

    public void record(String actor, Subject subject, String action, Enum<?> from, Enum<?> to, String comment) {
        em.persist(new WorkflowEvent(actor, subject.type(), subject.id(), subject.articleId(), action, from, to, comment));
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
