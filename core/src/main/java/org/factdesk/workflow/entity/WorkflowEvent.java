package org.factdesk.workflow.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** One step of the workflow, as it happened: who, when, what, from which state to which, and why. Never changed. */
@Entity
@Table(name = "workflow_event")
@NamedQuery(name = "WorkflowEvent.findByArticle",
        query = "select e from WorkflowEvent e where e.articleId = :articleId order by e.occurredAt, e.id")
@NamedQuery(name = "WorkflowEvent.findBySubject",
        query = "select e from WorkflowEvent e where e.subjectType = :type and e.subjectId = :id order by e.occurredAt, e.id")
@NamedQuery(name = "WorkflowEvent.stateTransitionsInPeriod",
        query = "select e.articleId, e.occurredAt, e.toState from WorkflowEvent e"
                + " where e.subjectType = :article and e.toState in :states and e.articleId is not null"
                + " and e.occurredAt >= :start and e.occurredAt < :end order by e.articleId, e.occurredAt, e.id")
@NamedQuery(name = "WorkflowEvent.timesOfActionInPeriod", query = "select e.occurredAt from WorkflowEvent e"
        + " where e.subjectType = :type and e.action = :action and e.occurredAt >= :start and e.occurredAt < :end")
public class WorkflowEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(nullable = false, length = 50)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(name = "subject_type", nullable = false, length = 20)
    private SubjectType subjectType;

    @Column(name = "subject_id", nullable = false)
    private long subjectId;

    /** The article the subject belongs to, so an article's history is one query. */
    @Column(name = "article_id")
    private Long articleId;

    @Column(nullable = false, length = 60)
    private String action;

    @Column(name = "from_state", length = 30)
    private String fromState;

    @Column(name = "to_state", length = 30)
    private String toState;

    @Column(length = 2000)
    private String comment;

    protected WorkflowEvent() {
    }

    public WorkflowEvent(String actor, SubjectType subjectType, long subjectId, Long articleId, String action,
                         Enum<?> fromState, Enum<?> toState, String comment) {
        this.occurredAt = Instant.now();
        this.actor = Objects.requireNonNull(actor);
        this.subjectType = Objects.requireNonNull(subjectType);
        this.subjectId = subjectId;
        this.articleId = articleId;
        this.action = Objects.requireNonNull(action);
        this.fromState = fromState == null ? null : fromState.name();
        this.toState = toState == null ? null : toState.name();
        this.comment = comment;
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public SubjectType getSubjectType() {
        return subjectType;
    }

    public long getSubjectId() {
        return subjectId;
    }

    public Long getArticleId() {
        return articleId;
    }

    public String getAction() {
        return action;
    }

    public String getFromState() {
        return fromState;
    }

    public String getToState() {
        return toState;
    }

    public String getComment() {
        return comment;
    }
}
