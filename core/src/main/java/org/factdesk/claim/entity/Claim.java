package org.factdesk.claim.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.Objects;
import org.factdesk.analysis.ClaimKind;
import org.factdesk.article.entity.Article;
import org.factdesk.shared.boundary.BusinessException;
import org.factdesk.shared.boundary.IllegalTransitionException;
import org.factdesk.shared.entity.BaseEntity;
import org.factdesk.analysis.ScoreReason;
import java.util.List;
import org.factdesk.user.entity.User;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

/**
 * A checkable statement in an article: its exact text and where it sits in the cleaned text,
 * who said it, and how worth checking the engine thinks it is.
 */
@Entity
@Table(name = "claim")
@NamedQuery(name = "Claim.findByArticle", query = "select c from Claim c where c.article = :article"
        + " order by c.startOffset, c.id")
@NamedQuery(name = "Claim.withArticleByIds", query = "select c from Claim c join fetch c.article where c.id in :ids")
@NamedQuery(name = "Claim.withArticleById", query = "select c from Claim c join fetch c.article where c.id = :id")
@NamedQuery(name = "Claim.rowsAssignedTo", query = Claim.SELECT_ROWS
        + " where u.username = :username and a.state not in :closed and c.state <> :approved" + Claim.BY_DUE
        + ", case c.state when :returned then 0 when :inReview then 1 else 2 end, c.score desc, c.id")
@NamedQuery(name = "Claim.countAssignedTo", query = Claim.SELECT_COUNT
        + " where u.username = :username and a.state not in :closed and c.state <> :approved")
@NamedQuery(name = "Claim.rowsInPool",
        query = Claim.SELECT_ROWS + " where " + Claim.IN_POOL + Claim.BY_DUE + ", c.score desc, c.id")
@NamedQuery(name = "Claim.countInPool", query = Claim.SELECT_COUNT + " where " + Claim.IN_POOL)
@NamedQuery(name = "Claim.loadByAssignee",
        query = "select u.username, count(c), sum(case when a.dueAt < :now then 1 else 0 end)"
                + " from Claim c join c.article a join c.assignee u"
                + " where a.state not in :closed and c.state <> :approved group by u.username")
@NamedQuery(name = "Claim.ofOtherCopiesInStory", query = "select c from Claim c join fetch c.article a"
        + " where a.story = :story and a <> :article"
        + " and a <> :original and (a.duplicateOf is null or a.duplicateOf <> :original)"
        + " order by a.id, c.startOffset, c.id")
public class Claim extends BaseEntity {

    public static final String SELECT_ROWS = "select new org.factdesk.claim.boundary.ClaimRow(c.id, c.text, c.kind,"
            + " c.speaker, c.score, c.state, a.id, a.heading, o.name, a.state, u.displayName, a.dueAt)"
            + " from Claim c join c.article a join a.outlet o left join c.assignee u";
    public static final String SELECT_COUNT = "select count(c) from Claim c join c.article a left join c.assignee u";
    /** Soonest due first; work nobody set a due time for comes last. */
    public static final String BY_DUE = " order by case when a.dueAt is null then 1 else 0 end, a.dueAt";
    static final String IN_POOL = "c.assignee is null and c.state = :open and a.state not in :closed";

    public static final int TEXT_MAX = 4000;

    @Audited
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "article_id")
    private Article article;

    @Audited
    @Column(nullable = false, length = TEXT_MAX)
    private String text;

    @Column(name = "start_offset", nullable = false)
    private int startOffset;

    @Column(name = "end_offset", nullable = false)
    private int endOffset;

    @Audited
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private ClaimKind kind;

    @Audited
    @Column(length = 200)
    private String speaker;

    @Column(nullable = false)
    private double score;

    /**
     * Why the score is what it is, as {@link ScoreReason#encode} wrote it; claims stored before reasons were keys
     * hold the English words, shown as written.
     */
    @Column(length = ScoreReason.ENCODED_MAX)
    private String reasons;

    /** The chain of sources, nearest first, joined by " ← ". */
    @Column(length = 500)
    private String attribution;

    /**
     * The sentence vector of the claim in its sentence, as the engine stores it (a signed byte per dimension); null
     * until the claim is first compared. Not audited: it follows from the text.
     */
    @Column(name = "vector")
    private byte[] vector;

    @Audited
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private ClaimState state = ClaimState.OPEN;

    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "assignee_id")
    private User assignee;

    /** The sentence the claim stands in, as the engine read it; null for claims stored before it was kept. */
    @Column(name = "sentence_start")
    private Integer sentenceStart;

    @Column(name = "sentence_end")
    private Integer sentenceEnd;

    protected Claim() {
    }

    public Claim(Article article, String text, int startOffset, int endOffset, ClaimKind kind, String speaker, double score) {
        if (startOffset < 0 || endOffset < startOffset || endOffset > article.getCleanedText().length()) {
            throw new IllegalArgumentException("Claim offsets " + startOffset + ".." + endOffset + " fall outside the article text");
        }
        this.article = Objects.requireNonNull(article);
        this.text = text.length() > TEXT_MAX ? text.substring(0, TEXT_MAX) : text;
        this.startOffset = startOffset;
        this.endOffset = endOffset;
        this.kind = Objects.requireNonNull(kind);
        this.speaker = speaker;
        this.score = Math.max(0, Math.min(1, score));
    }

    /** Keeps the sentence the claim stands in; it holds the claim and lies within the article text. */
    public void standsIn(int sentenceStart, int sentenceEnd) {
        if (sentenceStart < 0 || sentenceStart > startOffset || sentenceEnd < endOffset
                || sentenceEnd > article.getCleanedText().length()) {
            throw new IllegalArgumentException("Sentence " + sentenceStart + ".." + sentenceEnd
                    + " does not hold the claim at " + startOffset + ".." + endOffset);
        }
        this.sentenceStart = sentenceStart;
        this.sentenceEnd = sentenceEnd;
    }

    /** The sentence the claim stands in, as the engine read it, or null when it was not kept. */
    public String getSentence() {
        return sentenceStart == null ? null : article.getCleanedText().substring(sentenceStart, sentenceEnd);
    }

    public void explain(List<ScoreReason> scoreReasons, String attribution) {
        this.reasons = ScoreReason.encode(scoreReasons);
        this.attribution = attribution;
    }

    public void storeVector(byte[] newVector) {
        if (newVector == null || newVector.length == 0) {
            throw new IllegalArgumentException("A claim's vector has at least one dimension");
        }
        this.vector = newVector.clone();
    }

    public byte[] getVector() {
        return vector == null ? null : vector.clone();
    }

    /** What raised the score and what lowered it, strongest first; an old claim's English words as one reason. */
    public List<ScoreReason> getScoreReasons() {
        var decoded = ScoreReason.decode(reasons);
        if (decoded.isEmpty() && reasons != null && !reasons.isBlank() && !reasons.startsWith("[")) {
            return List.of(ScoreReason.of("worthiness.legacy", 0, reasons));
        }
        return decoded;
    }

    /**
     * Whether a desk chief may (re)assign the claim: its article is still open for review and its review is not
     * waiting for a decision or approved, which keeps it with its reviewer.
     */
    public boolean isAssignable() {
        return article.getState().isOpenForReview() && state != ClaimState.SUBMITTED && state != ClaimState.APPROVED;
    }

    /** Gives the claim to a journalist, or refuses with the reason {@link #isAssignable()} gives. */
    public void assignTo(User journalist) {
        if (!article.getState().isOpenForReview()) {
            throw new BusinessException("assign.articleClosed", snippet(), article.getState());
        }
        if (state == ClaimState.SUBMITTED || state == ClaimState.APPROVED) {
            throw new BusinessException("assign.staysWithReviewer", snippet(), state);
        }
        this.assignee = Objects.requireNonNull(journalist);
    }

    /** Whether this member of staff may take the claim from the open pool: nobody has it, and nobody has started on it. */
    public boolean isTakeableBy(String username) {
        return isAssignedTo(username) || (assignee == null && state == ClaimState.OPEN && article.getState().isOpenForReview());
    }

    /** The caller takes the claim from the pool; taking one's own claim again changes nothing. */
    public void takeBy(User journalist) {
        if (isAssignedTo(journalist.getUsername())) {
            return;
        }
        if (assignee != null) {
            throw new BusinessException("claim.alreadyAssigned", assignee.getDisplayName());
        }
        if (state != ClaimState.OPEN || !article.getState().isOpenForReview()) {
            throw new BusinessException("claim.notOpen");
        }
        this.assignee = journalist;
    }

    /** Whether this member of staff may start its review: the article is open, and the claim is theirs or nobody's. */
    public boolean isReviewableBy(String username) {
        return article.getState().isOpenForReview() && (assignee == null || isAssignedTo(username));
    }

    /** Starts the review as the caller: refused for a closed article or a claim assigned to someone else. */
    public void startReviewBy(User reviewer) {
        if (!article.getState().isOpenForReview()) {
            throw new IllegalTransitionException("review.articleClosed", article.getState());
        }
        if (assignee != null && !isAssignedTo(reviewer.getUsername())) {
            throw new BusinessException("review.claimAssignedToOther", assignee.getDisplayName());
        }
        this.assignee = reviewer;
    }

    /** Nobody has started on it: unassigned and open, so it may still be found again. */
    public boolean isUntouched() {
        return assignee == null && state == ClaimState.OPEN;
    }

    public boolean isAssignedTo(String username) {
        return assignee != null && assignee.getUsername().equals(username);
    }

    /** The claim as a refusal names it: its opening words. */
    private String snippet() {
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }

    /** Follows the review: the claim's state is a mirror, so the queues can filter on it. */
    public void follow(ClaimState reviewProgress) {
        this.state = Objects.requireNonNull(reviewProgress);
    }

    public Article getArticle() {
        return article;
    }

    public String getText() {
        return text;
    }

    public int getStartOffset() {
        return startOffset;
    }

    public int getEndOffset() {
        return endOffset;
    }

    public ClaimKind getKind() {
        return kind;
    }

    public String getSpeaker() {
        return speaker;
    }

    public double getScore() {
        return score;
    }

    public String getReasons() {
        return reasons;
    }

    public String getAttribution() {
        return attribution;
    }

    public ClaimState getState() {
        return state;
    }

    public User getAssignee() {
        return assignee;
    }
}
