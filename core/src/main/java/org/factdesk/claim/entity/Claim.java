package org.factdesk.claim.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Objects;
import org.factdesk.analysis.ClaimKind;
import org.factdesk.article.entity.Article;
import org.factdesk.shared.entity.BaseEntity;
import org.factdesk.user.entity.User;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

/**
 * A checkable statement in an article: its exact text and where it sits in the cleaned text,
 * who said it, and how worth checking the engine thinks it is.
 */
@Entity
@Table(name = "claim")
public class Claim extends BaseEntity {

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

    /** Comma-separated reasons for the score. */
    @Column(length = 500)
    private String reasons;

    /** The chain of sources, nearest first, joined by " ← ". */
    @Column(length = 500)
    private String attribution;

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

    public void explain(String reasons, String attribution) {
        this.reasons = reasons;
        this.attribution = attribution;
    }

    public void assignTo(User user) {
        this.assignee = user;
    }

    public boolean isAssignedTo(String username) {
        return assignee != null && assignee.getUsername().equals(username);
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
