package org.factdesk.publication.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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
import org.factdesk.article.entity.Article;
import org.factdesk.review.entity.Review;
import org.factdesk.review.entity.Verdict;
import org.factdesk.shared.boundary.BusinessException;
import org.factdesk.shared.boundary.IllegalTransitionException;
import org.factdesk.shared.entity.BaseEntity;
import org.factdesk.user.entity.User;

/**
 * The public record that an article's claims were checked, at a URL that never changes. Once published it can be
 * corrected, each correction keeping the verdict it replaced, or retracted with a reason; a retracted fact-check
 * is never corrected again, and nothing of it is ever deleted.
 */
@Entity
@Table(name = "fact_check")
@NamedQuery(name = "FactCheck.findByArticle", query = "select f from FactCheck f where f.article.id = :articleId")
@NamedQuery(name = "FactCheck.liveIndex", query = "select new org.factdesk.publication.control.IndexRow(a.id,"
        + " coalesce(a.headline, nullif(trim(a.title), ''), a.heading), o.name, f.publishedAt, f.modifiedAt)"
        + " from FactCheck f join f.article a join a.outlet o" + FactCheck.LIVE_MATCHING + " order by f.publishedAt desc, f.id desc")
@NamedQuery(name = "FactCheck.countLiveIndex", query = "select count(f) from FactCheck f join f.article a" + FactCheck.LIVE_MATCHING)
@NamedQuery(name = "FactCheck.verdictCountsByArticles", query = "select r.claim.article.id, r.verdict, count(r) from Review r"
        + " where r.claim.article.id in :ids and r.state = :approved group by r.claim.article.id, r.verdict")
@NamedQuery(name = "FactCheck.liveArticleIdsNewestFirst",
        query = "select f.article.id from FactCheck f where f.retractedAt is null order by f.publishedAt desc")
public class FactCheck extends BaseEntity {

    public static final int WAIVER_MAX = 1000;

    public static final int REASON_MAX = 2_000;

    /** A word the index was searched for, found in the headline or in one of the claims the fact-check covers. */
    private static final String HEADLINE = " lower(concat(coalesce(a.headline, ''), ' ', coalesce(a.title, ''), ' ', a.heading))";
    private static final String CHECKED_CLAIM = " exists (select r.id from Review r where r.claim.article = a"
            + " and r.state = :approved and lower(r.claim.text) like ";
    /** Live (published and not retracted) and containing all four search words; an unused word is "%". */
    static final String LIVE_MATCHING = " where f.retractedAt is null and a.state = :published"
            + " and (" + HEADLINE + " like :w1 or" + CHECKED_CLAIM + ":w1))"
            + " and (" + HEADLINE + " like :w2 or" + CHECKED_CLAIM + ":w2))"
            + " and (" + HEADLINE + " like :w3 or" + CHECKED_CLAIM + ":w3))"
            + " and (" + HEADLINE + " like :w4 or" + CHECKED_CLAIM + ":w4))";

    @OneToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "article_id", unique = true)
    private Article article;

    @Column(name = "published_at", nullable = false)
    private Instant publishedAt;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "published_by_id")
    private User publishedBy;

    @Column(name = "modified_at", nullable = false)
    private Instant modifiedAt;

    @Column(name = "primary_source_waiver", length = WAIVER_MAX)
    private String primarySourceWaiver;

    @Column(name = "retracted_at")
    private Instant retractedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "retracted_by_id")
    private User retractedBy;

    @Column(name = "retraction_reason", length = REASON_MAX)
    private String retractionReason;

    @OneToMany(mappedBy = "factCheck", cascade = CascadeType.PERSIST)
    @OrderBy("correctedAt, id")
    private List<Correction> corrections = new ArrayList<>();

    protected FactCheck() {
    }

    /**
     * @param primarySourceWaiver why the desk chief publishes a verdict that rests on no primary source, or null when
     *                            every verdict does
     */
    public FactCheck(Article article, User publishedBy, String primarySourceWaiver) {
        this.article = Objects.requireNonNull(article);
        this.publishedBy = Objects.requireNonNull(publishedBy);
        this.primarySourceWaiver = primarySourceWaiver;
        this.publishedAt = Instant.now();
        this.modifiedAt = publishedAt;
    }

    /** Replaces a published verdict or rationale, publicly: the note says why, the old verdict stays on record. */
    public Correction correct(Review review, User deskChief, Verdict newVerdict, String newRationale, String note) {
        if (isRetracted()) {
            throw new IllegalTransitionException("factCheck.retractedNotCorrectable");
        }
        if (!isOf(review)) {
            throw new IllegalArgumentException("Review " + review.getId() + " is not part of this fact-check");
        }
        var why = stripped(note);
        if (why.isEmpty()) {
            throw new BusinessException("factCheck.correctionNoteMissing");
        }
        if (why.length() > REASON_MAX) {
            throw new BusinessException("factCheck.correctionNoteTooLong", REASON_MAX);
        }
        var previous = review.getVerdict();
        review.correct(newVerdict, newRationale);
        var correction = new Correction(this, review.getClaim(), previous, newVerdict, why, deskChief, Instant.now());
        corrections.add(correction);
        modifiedAt = correction.getCorrectedAt();
        return correction;
    }

    /** Withdraws the whole fact-check: its address stays, showing the reason instead of the verdicts. */
    public PublicationStatus retract(User deskChief, String reason) {
        if (isRetracted()) {
            throw new IllegalTransitionException("factCheck.alreadyRetracted");
        }
        var from = getStatus();
        var why = stripped(reason);
        if (why.isEmpty()) {
            throw new BusinessException("factCheck.retractionReasonMissing");
        }
        if (why.length() > REASON_MAX) {
            throw new BusinessException("factCheck.retractionReasonTooLong", REASON_MAX);
        }
        retractionReason = why;
        retractedBy = Objects.requireNonNull(deskChief);
        retractedAt = Instant.now();
        modifiedAt = retractedAt;
        return from;
    }

    private boolean isOf(Review review) {
        var other = review.getClaim().getArticle();
        return other == article || other.getId() != null && other.getId().equals(article.getId());
    }

    public PublicationStatus getStatus() {
        if (retractedAt != null) {
            return PublicationStatus.RETRACTED;
        }
        return corrections.isEmpty() ? PublicationStatus.PUBLISHED : PublicationStatus.CORRECTED;
    }

    public boolean isRetracted() {
        return retractedAt != null;
    }

    private static String stripped(String text) {
        return text == null ? "" : text.strip();
    }

    public Article getArticle() {
        return article;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public User getPublishedBy() {
        return publishedBy;
    }

    public String getPrimarySourceWaiver() {
        return primarySourceWaiver;
    }

    public Instant getModifiedAt() {
        return modifiedAt;
    }

    public Instant getRetractedAt() {
        return retractedAt;
    }

    public User getRetractedBy() {
        return retractedBy;
    }

    public String getRetractionReason() {
        return retractionReason;
    }

    public List<Correction> getCorrections() {
        return List.copyOf(corrections);
    }
}
