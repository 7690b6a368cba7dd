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
@NamedQuery(name = "Claim.speakersOfArticle", query = "select distinct c.speaker from Claim c where c.article = :article"
        + " and c.speaker is not null order by c.speaker")
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
    public static final int SPEAKER_MAX = 200;
    public static final int DISMISSAL_MAX = 500;

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
    @Column(length = SPEAKER_MAX)
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

    /** What the engine read before the desk corrected the span; null while nobody changed it. */
    @Column(name = "engine_text", length = TEXT_MAX)
    private String engineText;

    /** The speaker the engine named (null for none) once the desk corrected it; see {@link #speakerCorrected}. */
    @Column(name = "engine_speaker", length = SPEAKER_MAX)
    private String engineSpeaker;

    @Column(name = "speaker_corrected", nullable = false)
    private boolean speakerCorrected;

    /** Why the desk set the claim aside; null unless it is {@link ClaimState#DISMISSED}. */
    @Audited
    @Column(name = "dismissal_reason", length = DISMISSAL_MAX)
    private String dismissalReason;

    /** A claim the engine missed, added by the desk from the article's text: it has no engine version. */
    @Column(name = "added_by_desk", nullable = false)
    private boolean addedByDesk;

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

    /** A claim the engine missed, as the desk marked it in the article's text: worth checking by the desk's word. */
    public static Claim addedByDesk(Article article, int startOffset, int endOffset, String speaker) {
        requireSpan(article, startOffset, endOffset);
        var claim = new Claim(article, article.getCleanedText().substring(startOffset, endOffset), startOffset, endOffset,
                ClaimKind.OTHER, requireSpeaker(speaker), 1);
        claim.addedByDesk = true;
        return claim;
    }

    /**
     * Whether the desk may still correct what the engine found (its span, its speaker) or set it aside: its article
     * is open for review and no review of it is approved, since an approved verdict speaks of these very words.
     */
    public boolean isCorrectable() {
        return article.getState().isOpenForReview() && state != ClaimState.APPROVED && state != ClaimState.DISMISSED;
    }

    /** Whether the desk may set the claim aside now: correctable, and nobody has started a review of it. */
    public boolean isDismissable() {
        return isCorrectable() && state == ClaimState.OPEN;
    }

    /**
     * The desk's reading of the claim: another span of the article's text and another speaker (blank for none). The
     * engine's version is kept the first time each changes; a span outside the sentence the engine read drops that
     * sentence, and the claim's vector follows from the words, so it is computed again when next compared.
     */
    public void correct(int newStart, int newEnd, String newSpeaker) {
        if (state == ClaimState.APPROVED) {
            throw new BusinessException("claim.correct.approved");
        }
        if (state == ClaimState.DISMISSED) {
            throw new BusinessException("claim.dismissed", dismissalReason);
        }
        if (!isCorrectable()) {
            throw new BusinessException("claim.correct.closed");
        }
        requireSpan(article, newStart, newEnd);
        var checkedSpeaker = requireSpeaker(newSpeaker);
        if (newStart != startOffset || newEnd != endOffset) {
            if (engineText == null && !addedByDesk) {
                engineText = text;
            }
            startOffset = newStart;
            endOffset = newEnd;
            text = article.getCleanedText().substring(newStart, newEnd);
            vector = null;
            if (sentenceStart != null && (newStart < sentenceStart || newEnd > sentenceEnd)) {
                sentenceStart = null;
                sentenceEnd = null;
            }
        }
        if (!Objects.equals(checkedSpeaker, speaker)) {
            if (!speakerCorrected && !addedByDesk) {
                engineSpeaker = speaker;
                speakerCorrected = true;
            }
            speaker = checkedSpeaker;
        }
    }

    /** Sets the claim aside with the desk's reason (a fragment, the same quote twice, nothing checkable). */
    public void dismiss(String reason) {
        var why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw new BusinessException("claim.dismiss.reasonMissing");
        }
        if (why.length() > DISMISSAL_MAX) {
            throw new BusinessException("claim.dismiss.reasonTooLong", DISMISSAL_MAX);
        }
        if (state == ClaimState.DISMISSED) {
            throw new BusinessException("claim.dismiss.already");
        }
        if (!isDismissable()) {
            throw new BusinessException("claim.dismiss.started");
        }
        state = ClaimState.DISMISSED;
        dismissalReason = why;
        assignee = null;
    }

    /** Brings a dismissed claim back into the open pool. */
    public void reinstate() {
        if (state != ClaimState.DISMISSED) {
            throw new BusinessException("claim.reinstate.notDismissed");
        }
        if (!article.getState().isOpenForReview()) {
            throw new BusinessException("claim.correct.closed");
        }
        state = ClaimState.OPEN;
        dismissalReason = null;
    }

    private static void requireSpan(Article article, int start, int end) {
        var text = article.getCleanedText();
        if (start < 0 || end > text.length() || start >= end || text.substring(start, end).isBlank()) {
            throw new BusinessException("claim.span.notInArticle");
        }
        if (end - start > TEXT_MAX) {
            throw new BusinessException("claim.span.tooLong", TEXT_MAX);
        }
    }

    private static String requireSpeaker(String candidate) {
        var name = candidate == null ? "" : candidate.strip();
        if (name.length() > SPEAKER_MAX) {
            throw new BusinessException("claim.speaker.tooLong", SPEAKER_MAX);
        }
        return name.isEmpty() ? null : name;
    }

    /** The engine's words, where the desk changed the span; null while they are the claim's. */
    public String getEngineText() {
        return engineText;
    }

    /** Whether the desk changed the speaker the engine named ({@link #getEngineSpeaker()}, null for none). */
    public boolean isSpeakerCorrected() {
        return speakerCorrected;
    }

    public String getEngineSpeaker() {
        return engineSpeaker;
    }

    public String getDismissalReason() {
        return dismissalReason;
    }

    public boolean isAddedByDesk() {
        return addedByDesk;
    }

    /**
     * Whether a desk chief may (re)assign the claim: its article is still open for review and its review is not
     * waiting for a decision or approved, which keeps it with its reviewer.
     */
    public boolean isAssignable() {
        return article.getState().isOpenForReview() && state != ClaimState.SUBMITTED && state != ClaimState.APPROVED
                && state != ClaimState.DISMISSED;
    }

    /** Gives the claim to a journalist, or refuses with the reason {@link #isAssignable()} gives. */
    public void assignTo(User journalist) {
        if (!article.getState().isOpenForReview()) {
            throw new BusinessException("assign.articleClosed", snippet(), article.getState());
        }
        if (state == ClaimState.SUBMITTED || state == ClaimState.APPROVED) {
            throw new BusinessException("assign.staysWithReviewer", snippet(), state);
        }
        if (state == ClaimState.DISMISSED) {
            throw new BusinessException("claim.dismissed", dismissalReason);
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
        return article.getState().isOpenForReview() && state != ClaimState.DISMISSED
                && (assignee == null || isAssignedTo(username));
    }

    /** Starts the review as the caller: refused for a closed article or a claim assigned to someone else. */
    public void startReviewBy(User reviewer) {
        if (!article.getState().isOpenForReview()) {
            throw new IllegalTransitionException("review.articleClosed", article.getState());
        }
        if (state == ClaimState.DISMISSED) {
            throw new BusinessException("claim.dismissed", dismissalReason);
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
