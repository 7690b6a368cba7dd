package org.factdesk.publication.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Optional;
import org.factdesk.article.control.ArticleRepository;
import org.factdesk.notification.control.Notifier;
import org.factdesk.notification.entity.NotificationKind;
import org.factdesk.notification.entity.NotificationTarget;
import org.factdesk.publication.control.Publishing;
import org.factdesk.publication.entity.FactCheck;
import org.factdesk.review.control.ReviewRepository;
import org.factdesk.review.entity.Review;
import org.factdesk.review.entity.ReviewState;
import org.factdesk.review.entity.Verdict;
import org.factdesk.shared.boundary.IllegalTransitionException;
import org.factdesk.shared.boundary.StaleVersionException;
import org.factdesk.user.control.UserRepository;
import org.factdesk.user.entity.Role;
import org.factdesk.user.entity.User;

/**
 * The desk's side of a fact-check: a desk chief publishes an approved article, corrects a verdict or rationale in
 * public, or retracts the whole fact-check with a reason. Corrections need no second desk chief: a published error
 * should be put right at once, every correction is shown to readers with its note and the verdict it replaced, and the event log and
 * the audit history record who made it.
 */
@Stateless
public class FactCheckService {

    @Inject
    Publishing publishing;

    @Inject
    ReviewRepository reviews;

    @Inject
    ArticleRepository articles;

    @Inject
    Notifier notifier;

    @Inject
    UserRepository users;

    @Resource
    SessionContext session;

    @RolesAllowed({Role.JOURNALIST_NAME, Role.DESK_CHIEF_NAME, Role.ADMIN_NAME})
    public Optional<FactCheckRecord> ofArticle(long articleId) {
        return publishing.of(articleId).map(fc -> new FactCheckRecord(articleId, fc.getVersion(), fc.getStatus(),
                fc.getPublishedAt(), fc.getPublishedBy().getDisplayName(), fc.getModifiedAt(), fc.getRetractedAt(),
                fc.getRetractedBy() == null ? null : fc.getRetractedBy().getDisplayName(), fc.getRetractionReason(),
                publishing.corrections(articleId)));
    }

    /** Makes the fact-check public: every started review must be approved (the article is APPROVED). */
    @RolesAllowed(Role.DESK_CHIEF_NAME)
    public void publish(long articleId, long expectedVersion) {
        publish(articleId, expectedVersion, null);
    }

    /**
     * {@link #publish(long, long)} with the desk chief's reason for publishing a verdict that rests on no primary
     * source; without a reason such a verdict is refused.
     */
    @RolesAllowed(Role.DESK_CHIEF_NAME)
    public void publish(long articleId, long expectedVersion, String primarySourceWaiver) {
        var article = articles.getAsSeen(articleId, expectedVersion);
        var me = caller();
        var approved = reviews.forArticle(articleId).stream()
                .filter(r -> r.getState() == org.factdesk.review.entity.ReviewState.APPROVED).toList();
        publishing.publish(article, me, approved, primarySourceWaiver);
        var authors = reviews.forArticle(articleId).stream().map(r -> r.getAuthor()).distinct().toList();
        notifier.tellAll(authors, NotificationKind.ARTICLE_PUBLISHED, me, article.displayTitle(), NotificationTarget.ARTICLE,
                articleId);
    }

    /** The published verdict and rationale of a claim, as the correction form starts from them. */
    @RolesAllowed(Role.DESK_CHIEF_NAME)
    public CorrectableClaim correctable(long claimId) {
        var review = publishedReview(claimId);
        var claim = review.getClaim();
        return new CorrectableClaim(claimId, claim.getArticle().getId(), claim.getArticle().displayTitle(), claim.getText(),
                review.getVerdict(), review.getRationale(), review.getVersion());
    }

    @RolesAllowed(Role.DESK_CHIEF_NAME)
    public void correct(long claimId, long expectedReviewVersion, Verdict verdict, String rationale, String note) {
        var review = publishedReview(claimId);
        if (review.getVersion() != expectedReviewVersion) {
            throw new StaleVersionException("factCheck.changedWhileCorrecting");
        }
        publishing.correct(factCheck(review), review, caller(), verdict, rationale, note);
    }

    @RolesAllowed(Role.DESK_CHIEF_NAME)
    public void retract(long articleId, long expectedVersion, String reason) {
        var factCheck = publishing.of(articleId)
                .orElseThrow(() -> new IllegalTransitionException("factCheck.notPublished"));
        if (factCheck.getVersion() != expectedVersion) {
            throw new StaleVersionException("factCheck.changedMeanwhile");
        }
        publishing.retract(factCheck, caller(), reason);
    }

    private Review publishedReview(long claimId) {
        return reviews.findByClaim(claimId)
                .filter(r -> publishing.of(r.getClaim().getArticle().getId()).isPresent())
                .filter(r -> r.getState() == ReviewState.APPROVED)
                .orElseThrow(() -> new IllegalTransitionException("factCheck.nothingToCorrect"));
    }

    private FactCheck factCheck(Review review) {
        return publishing.of(review.getClaim().getArticle().getId()).orElseThrow();
    }

    private User caller() {
        return users.getCaller(session.getCallerPrincipal().getName());
    }
}
