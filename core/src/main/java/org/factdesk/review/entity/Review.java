package org.factdesk.review.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.factdesk.claim.entity.Claim;
import org.factdesk.claim.entity.ClaimState;
import org.factdesk.shared.boundary.BusinessException;
import org.factdesk.shared.boundary.IllegalTransitionException;
import org.factdesk.shared.entity.BaseEntity;
import org.factdesk.user.entity.User;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

/**
 * A journalist's verdict on one claim, with the reasoning and the sources behind it. It guards the review
 * workflow: only its author edits or submits it, only while it is in the author's hands, and nobody decides
 * on a review they wrote (the four-eyes rule).
 */
@Entity
@Table(name = "review")
@NamedQuery(name = "Review.findByClaim", query = "select r from Review r where r.claim.id = :claimId")
@NamedQuery(name = "Review.findByArticle", query = "select r from Review r join fetch r.author left join fetch r.decidedBy"
        + " left join fetch r.evidence where r.claim.article.id = :articleId")
@NamedQuery(name = "Review.verdictCounts",
        query = "select r.verdict, count(r) from Review r where r.state = org.factdesk.review.entity.ReviewState.APPROVED group by r.verdict")
@NamedQuery(name = "Review.verdictCountsApprovedInPeriod",
        query = "select r.verdict, count(r)" + Review.APPROVED_IN_PERIOD + " group by r.verdict")
@NamedQuery(name = "Review.outletsByVerdictsApprovedInPeriod",
        query = "select o.name" + Review.APPROVED_IN_PERIOD + " group by o.name order by count(r) desc, o.name")
@NamedQuery(name = "Review.outletVerdictCountsApprovedInPeriod", query = "select o.name, r.verdict, count(r)"
        + Review.APPROVED_IN_PERIOD + " and o.name in :names group by o.name, r.verdict")
@NamedQuery(name = "Review.countOutletsWithVerdictsApprovedInPeriod",
        query = "select count(distinct o.id)" + Review.APPROVED_IN_PERIOD)
@NamedQuery(name = "Review.approvedClaimsToIndex", query = "select c.id, c.text, c.kind, c.speaker, c.vector"
        + " from Review r join r.claim c where r.state = :approved")
@NamedQuery(name = "Review.awaitingDecision",
        query = "select new org.factdesk.review.boundary.ApprovalRow(r.id, c.id, c.text, r.verdict,"
                + " au.displayName, au.username, r.submittedAt, a.id, a.heading, o.name, a.dueAt)"
                + " from Review r join r.claim c join c.article a join a.outlet o join r.author au"
                + " where r.state = :state order by case when a.dueAt is null then 1 else 0 end, a.dueAt,"
                + " r.submittedAt, r.id")
@NamedQuery(name = "Review.countInState", query = "select count(r) from Review r where r.state = :state")
@NamedQuery(name = "Review.approvedOfClaim",
        query = "select r from Review r where r.claim.id = :id and r.state = :approved")
@NamedQuery(name = "Review.approvedOfArticle",
        query = "select r from Review r where r.claim.article.id = :id and r.state = :approved")
public class Review extends BaseEntity {

    static final String APPROVED_IN_PERIOD = " from Review r join r.claim c join c.article a join a.outlet o"
            + " where r.state = :approved and r.verdict is not null and r.decidedAt >= :start and r.decidedAt < :end";

    public static final int RATIONALE_MIN = 20;
    public static final int RATIONALE_MAX = 20_000;
    public static final int COMMENT_MAX = 2_000;
    public static final int EVIDENCE_MAX = 30;

    @Audited
    @OneToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "claim_id", unique = true)
    private Claim claim;

    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "author_id")
    private User author;

    @Audited
    @Enumerated(EnumType.STRING)
    @Column(length = 30)
    private Verdict verdict;

    @Audited
    @Column(length = RATIONALE_MAX)
    private String rationale;

    @OneToMany(mappedBy = "review", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<Evidence> evidence = new ArrayList<>();

    @Audited
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private ReviewState state = ReviewState.DRAFT;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "decided_by_id")
    private User decidedBy;

    /** The desk chief's comment when the review was last returned. */
    @Audited
    @Column(name = "return_comment", length = COMMENT_MAX)
    private String returnComment;

    protected Review() {
    }

    public Review(Claim claim, User author) {
        this.claim = Objects.requireNonNull(claim);
        this.author = Objects.requireNonNull(author);
        this.createdAt = Instant.now();
        this.updatedAt = createdAt;
    }

    /**
     * Replaces verdict, rationale and evidence as the author typed them. A source the review already holds keeps the
     * copy archived when it was added; a new one is archived now by {@code archive}, once every row is valid.
     */
    public void edit(User editor, Verdict newVerdict, String newRationale, List<EvidenceSource> sources,
                     java.util.function.Function<String, Snapshot> archive) {
        if (!isWrittenBy(editor.getUsername())) {
            throw new BusinessException("review.onlyAuthorEdits", author.getDisplayName());
        }
        if (!state.isEditable()) {
            throw new IllegalTransitionException("review.notEditable", state);
        }
        var rows = sources.stream().filter(s -> !s.isEmpty()).toList();
        if (rows.size() > EVIDENCE_MAX) {
            throw new BusinessException("review.tooMuchEvidence", EVIDENCE_MAX);
        }
        rows.forEach(EvidenceSource::requireStorable);
        var text = newRationale == null ? null : newRationale.strip();
        if (text != null && text.length() > RATIONALE_MAX) {
            throw new BusinessException("review.rationaleTooLong", RATIONALE_MAX);
        }
        var archived = new java.util.HashMap<String, Snapshot>();
        evidence.stream().filter(e -> e.getSnapshot() != null).forEach(e -> archived.putIfAbsent(e.getUrl(), e.getSnapshot()));
        for (var row : rows) {
            archived.computeIfAbsent(row.url(), archive);
        }
        this.verdict = newVerdict;
        this.rationale = text == null || text.isEmpty() ? null : text;
        this.evidence.clear();
        rows.forEach(s -> evidence.add(new Evidence(this, s, archived.get(s.url()))));
        this.updatedAt = Instant.now();
    }

    /** Hands the review to the desk; it must be complete enough for a desk chief to judge. */
    public ReviewState submit(User submitter) {
        if (!isWrittenBy(submitter.getUsername())) {
            throw new BusinessException("review.onlyAuthorSubmits", author.getDisplayName());
        }
        requireMove(ReviewState.SUBMITTED);
        if (verdict == null) {
            throw new BusinessException("review.verdictMissing");
        }
        if (rationale == null || rationale.length() < RATIONALE_MIN) {
            throw new BusinessException("review.rationaleTooShort", RATIONALE_MIN);
        }
        if (evidence.isEmpty()) {
            throw new BusinessException("review.evidenceMissing");
        }
        var from = moveTo(ReviewState.SUBMITTED);
        submittedAt = Instant.now();
        updatedAt = submittedAt;
        return from;
    }

    /**
     * Whether this desk chief may approve or return the review now: it waits for a decision, and it is not their
     * own (four eyes). {@link #approve} and {@link #returnToAuthor} hold the same rule.
     */
    public boolean isDecidableBy(String deskChief) {
        return state.next().contains(ReviewState.APPROVED) && !isWrittenBy(deskChief);
    }

    public ReviewState approve(User deskChief) {
        if (isWrittenBy(deskChief.getUsername())) {
            throw new BusinessException("review.ownApproval");
        }
        var from = moveTo(ReviewState.APPROVED);
        decide(deskChief);
        returnComment = null;
        return from;
    }

    public ReviewState returnToAuthor(User deskChief, String comment) {
        if (isWrittenBy(deskChief.getUsername())) {
            throw new BusinessException("review.ownReturn");
        }
        requireMove(ReviewState.RETURNED);
        var text = comment == null ? "" : comment.strip();
        if (text.isEmpty()) {
            throw new BusinessException("review.returnCommentMissing");
        }
        if (text.length() > COMMENT_MAX) {
            throw new BusinessException("review.returnCommentTooLong", COMMENT_MAX);
        }
        var from = moveTo(ReviewState.RETURNED);
        decide(deskChief);
        returnComment = text;
        return from;
    }

    /**
     * Gives the review to another journalist when the claim is reassigned, draft and all. Only while the review is
     * in its author's hands: a submitted review waits for the desk's decision.
     */
    public void handOver(User newAuthor) {
        if (!state.isEditable()) {
            throw new IllegalTransitionException("review.staysWithAuthor", state, author.getDisplayName());
        }
        this.author = Objects.requireNonNull(newAuthor);
        this.updatedAt = Instant.now();
    }

    /**
     * Changes the verdict or rationale of an approved, published review. The desk chief's correction note and the
     * verdict it replaces are kept by the publication; the review stays approved.
     */
    public void correct(Verdict newVerdict, String newRationale) {
        if (state != ReviewState.APPROVED) {
            throw new IllegalTransitionException("review.notCorrectable", state);
        }
        if (newVerdict == null) {
            throw new BusinessException("review.correctedVerdictMissing");
        }
        var text = newRationale == null ? "" : newRationale.strip();
        if (text.length() < RATIONALE_MIN || text.length() > RATIONALE_MAX) {
            throw new BusinessException("review.correctedRationaleLength", RATIONALE_MIN, RATIONALE_MAX);
        }
        if (newVerdict == verdict && text.equals(rationale)) {
            throw new BusinessException("review.nothingToCorrect");
        }
        verdict = newVerdict;
        rationale = text;
        updatedAt = Instant.now();
    }

    public boolean isWrittenBy(String username) {
        return author.getUsername().equals(username);
    }

    /** Only the author edits, and only while the review is in their hands ({@link ReviewState#isEditable}). */
    public boolean isEditableBy(String username) {
        return state.isEditable() && isWrittenBy(username);
    }

    /** The review's conversation is between its author and the desk chiefs. */
    public boolean hasInConversation(String username, boolean deskChief) {
        return deskChief || isWrittenBy(username);
    }

    /** Whether this member of staff may read the verdict, rationale and evidence now. */
    public boolean isReadableBy(String username, boolean deskChief) {
        return state.isReadableBy(isWrittenBy(username), deskChief);
    }

    /** The claim's state that mirrors this review. */
    public ClaimState claimProgress() {
        return switch (state) {
            case DRAFT -> ClaimState.IN_REVIEW;
            case SUBMITTED -> ClaimState.SUBMITTED;
            case RETURNED -> ClaimState.RETURNED;
            case APPROVED -> ClaimState.APPROVED;
        };
    }

    private void requireMove(ReviewState target) {
        if (!state.next().contains(target)) {
            throw new IllegalTransitionException("review.cannotBecome", state, target);
        }
    }

    private ReviewState moveTo(ReviewState target) {
        requireMove(target);
        var from = state;
        state = target;
        return from;
    }

    private void decide(User deskChief) {
        decidedBy = deskChief;
        decidedAt = Instant.now();
        updatedAt = decidedAt;
    }

    public Claim getClaim() {
        return claim;
    }

    public User getAuthor() {
        return author;
    }

    public Verdict getVerdict() {
        return verdict;
    }

    public String getRationale() {
        return rationale;
    }

    public List<Evidence> getEvidence() {
        return List.copyOf(evidence);
    }

    /** Whether a primary source (a document, an official statement, a data set) backs the verdict. */
    public boolean restsOnPrimarySource() {
        return evidence.stream().anyMatch(e -> e.getType().isPrimary());
    }

    public ReviewState getState() {
        return state;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public User getDecidedBy() {
        return decidedBy;
    }

    public String getReturnComment() {
        return returnComment;
    }
}
