package org.factdesk.review.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import org.factdesk.claim.control.ArticleWorkflow;
import org.factdesk.claim.control.ClaimRepository;
import org.factdesk.notification.control.Notifier;
import org.factdesk.notification.entity.NotificationKind;
import org.factdesk.notification.entity.NotificationTarget;
import org.factdesk.review.control.ClaimApproved;
import org.factdesk.review.control.ReviewRepository;
import org.factdesk.review.control.SourceArchive;
import org.factdesk.review.entity.Review;
import org.factdesk.review.entity.ReviewComment;
import org.factdesk.review.entity.ReviewState;
import org.factdesk.shared.boundary.AccessRefusedException;
import org.factdesk.shared.boundary.BusinessException;
import org.factdesk.shared.boundary.ConcurrentEditException;
import org.factdesk.shared.boundary.IllegalTransitionException;
import org.factdesk.shared.boundary.Page;
import org.factdesk.shared.boundary.StaleVersionException;
import org.factdesk.user.control.UserRepository;
import org.factdesk.user.entity.Role;
import org.factdesk.user.entity.User;
import org.factdesk.workflow.control.EventLog;
import org.factdesk.workflow.control.EventLog.Subject;

/**
 * The review workflow. Journalists and desk chiefs write reviews; desk chiefs decide on other people's reviews.
 * Every change names the version the caller saw, so a stale form never overwrites a newer save.
 */
@Stateless
public class ReviewService {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.systemDefault());

    @Inject
    SourceArchive archive;

    @Inject
    ReviewRepository reviews;

    @Inject
    ClaimRepository claims;

    @Inject
    UserRepository users;

    @Inject
    ArticleWorkflow workflow;

    @Inject
    EventLog log;

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    Notifier notifier;

    @Inject
    jakarta.enterprise.event.Event<ClaimApproved> approvals;

    /** Opens a draft on a claim and takes the claim; returns the caller's existing review if there is one. */
    @RolesAllowed({Role.JOURNALIST_NAME, Role.DESK_CHIEF_NAME})
    public ReviewView start(long claimId) {
        var me = caller();
        var claim = claims.get(claimId);
        var existing = reviews.findByClaim(claimId);
        if (existing.isPresent()) {
            if (existing.get().isWrittenBy(me.getUsername())) {
                return view(existing.get());
            }
            throw new BusinessException("review.alreadyReviewed", existing.get().getAuthor().getDisplayName());
        }
        var article = claim.getArticle();
        claim.startReviewBy(me);
        var review = new Review(claim, me);
        reviews.add(review);
        var before = claim.getState();
        claim.follow(review.claimProgress());
        try {
            em.flush();
        } catch (jakarta.persistence.PersistenceException startedAtTheSameMoment) {
            // one review per claim: someone else's start committed first
            throw new ConcurrentEditException("review.startedMeanwhile");
        }
        log.record(me.getUsername(), Subject.review(review.getId(), review.getClaim().getArticle().getId()), "review.started", null, ReviewState.DRAFT, null);
        log.record(me.getUsername(), Subject.review(review.getId(), review.getClaim().getArticle().getId()), "claim.taken", before, claim.getState(), null);
        workflow.follow(article, me.getUsername());
        return view(review);
    }

    /** The claim's review, if there is one the caller may read (see {@link Review#isReadableBy}). */
    @RolesAllowed({Role.JOURNALIST_NAME, Role.DESK_CHIEF_NAME, Role.ADMIN_NAME})
    public Optional<ReviewView> findByClaim(long claimId) {
        return reviews.findByClaim(claimId).filter(this::readable).map(this::view);
    }

    /** One review; a draft is refused to everyone but its author and the desk chiefs. */
    @RolesAllowed({Role.JOURNALIST_NAME, Role.DESK_CHIEF_NAME, Role.ADMIN_NAME})
    public ReviewView get(long reviewId) {
        var review = reviews.get(reviewId);
        if (!readable(review)) {
            throw new AccessRefusedException("review.draftPrivate", review.getAuthor().getDisplayName());
        }
        return view(review);
    }

    @RolesAllowed({Role.JOURNALIST_NAME, Role.DESK_CHIEF_NAME})
    public ReviewView saveDraft(long reviewId, long expectedVersion, ReviewDraft draft) {
        var me = caller();
        var review = current(reviewId, expectedVersion);
        review.edit(me, draft.verdict(), draft.rationale(), draft.evidence(), archive::archive);
        log.record(me.getUsername(), Subject.review(review.getId(), review.getClaim().getArticle().getId()), "review.saved", review.getState(), review.getState(), null);
        return flushed(review);
    }

    @RolesAllowed({Role.JOURNALIST_NAME, Role.DESK_CHIEF_NAME})
    public ReviewView submit(long reviewId, long expectedVersion, ReviewDraft draft) {
        var me = caller();
        var review = current(reviewId, expectedVersion);
        review.edit(me, draft.verdict(), draft.rationale(), draft.evidence(), archive::archive);
        var from = review.submit(me);
        afterTransition(me, review, "review.submitted", from, null);
        notifier.tellDeskChiefs(NotificationKind.REVIEW_SUBMITTED, me, review.getClaim().getText(), NotificationTarget.REVIEW, review.getId());
        return flushed(review);
    }

    @RolesAllowed(Role.DESK_CHIEF_NAME)
    public ReviewView approve(long reviewId, long expectedVersion) {
        var me = caller();
        var review = current(reviewId, expectedVersion);
        var from = review.approve(me);
        afterTransition(me, review, "review.approved", from, null);
        var claim = review.getClaim();
        approvals.fire(new ClaimApproved(claim.getId(), claim.getText(), claim.getKind(), claim.getSpeaker()));
        notifier.tell(review.getAuthor(), NotificationKind.REVIEW_APPROVED, me, review.getClaim().getText(), NotificationTarget.CLAIM, review.getClaim().getId());
        return flushed(review);
    }

    @RolesAllowed(Role.DESK_CHIEF_NAME)
    public ReviewView returnToAuthor(long reviewId, long expectedVersion, String comment) {
        var me = caller();
        var review = current(reviewId, expectedVersion);
        var from = review.returnToAuthor(me, comment);
        afterTransition(me, review, "review.returned", from, review.getReturnComment());
        em.persist(new ReviewComment(review, me, review.getReturnComment()));
        notifier.tell(review.getAuthor(), NotificationKind.REVIEW_RETURNED, me, review.getClaim().getText(), NotificationTarget.CLAIM, review.getClaim().getId());
        return flushed(review);
    }

    /** The conversation on a review, oldest first, for those who take part in it. */
    @RolesAllowed({Role.JOURNALIST_NAME, Role.DESK_CHIEF_NAME, Role.ADMIN_NAME})
    public List<ThreadComment> thread(long reviewId) {
        requireInConversation(reviewId);
        return em.createNamedQuery("ReviewComment.threadOfReview", ThreadComment.class)
                .setParameter("reviewId", reviewId).getResultList();
    }

    /** One page of {@link #thread(long)}, for a client that reads a long conversation in parts. */
    @RolesAllowed({Role.JOURNALIST_NAME, Role.DESK_CHIEF_NAME, Role.ADMIN_NAME})
    public Page<ThreadComment> thread(long reviewId, int first, int pageSize) {
        requireInConversation(reviewId);
        var rows = em.createNamedQuery("ReviewComment.threadOfReview", ThreadComment.class).setParameter("reviewId", reviewId)
                .setFirstResult(Math.max(0, first)).setMaxResults(Page.clampSize(pageSize)).getResultList();
        var total = em.createNamedQuery("ReviewComment.countOfReview", Long.class).setParameter("reviewId", reviewId)
                .getSingleResult();
        return new Page<>(rows, total);
    }

    private void requireInConversation(long reviewId) {
        var review = reviews.get(reviewId);
        if (!review.hasInConversation(session.getCallerPrincipal().getName(), session.isCallerInRole(Role.DESK_CHIEF_NAME))) {
            throw new AccessRefusedException("comment.notInConversation");
        }
    }

    /**
     * Adds to a review's conversation. The author and the desk chiefs talk here; the other side is told.
     * Answers the message as the thread shows it.
     */
    @RolesAllowed({Role.JOURNALIST_NAME, Role.DESK_CHIEF_NAME})
    public ThreadComment comment(long reviewId, String text) {
        var me = caller();
        var review = reviews.get(reviewId);
        var isAuthor = review.isWrittenBy(me.getUsername());
        if (!review.hasInConversation(me.getUsername(), me.hasRole(Role.DESK_CHIEF))) {
            throw new AccessRefusedException("comment.notInConversation");
        }
        var comment = new ReviewComment(review, me, text);
        em.persist(comment);
        log.record(me.getUsername(), Subject.review(review.getId(), review.getClaim().getArticle().getId()), "review.commented", null, null, comment.getText());
        if (isAuthor) {
            if (review.getDecidedBy() != null) {
                notifier.tell(review.getDecidedBy(), NotificationKind.COMMENT_ADDED, me, review.getClaim().getText(), NotificationTarget.REVIEW, review.getId());
            } else {
                notifier.tellDeskChiefs(NotificationKind.COMMENT_ADDED, me, review.getClaim().getText(), NotificationTarget.REVIEW, review.getId());
            }
        } else {
            notifier.tell(review.getAuthor(), NotificationKind.COMMENT_ADDED, me, review.getClaim().getText(), NotificationTarget.CLAIM, review.getClaim().getId());
        }
        return new ThreadComment(me.getDisplayName(), comment.getCreatedAt(), comment.getText());
    }

    @RolesAllowed(Role.DESK_CHIEF_NAME)
    public Page<ApprovalRow> awaitingDecision(int first, int pageSize) {
        return new Page<>(reviews.awaitingDecision(Math.max(0, first), Page.clampSize(pageSize)), reviews.countAwaitingDecision());
    }

    private void afterTransition(User me, Review review, String action, ReviewState from, String comment) {
        log.record(me.getUsername(), Subject.review(review.getId(), review.getClaim().getArticle().getId()), action, from, review.getState(), comment);
        review.getClaim().follow(review.claimProgress());
        workflow.follow(review.getClaim().getArticle(), me.getUsername());
    }

    private Review current(long reviewId, long expectedVersion) {
        var review = reviews.get(reviewId);
        if (review.getVersion() != expectedVersion) {
            throw stale(review);
        }
        return review;
    }

    /**
     * Writes now, so that a concurrent commit in between is reported as a conflict rather than a server error, and
     * the view carries the version the change was written with.
     */
    private ReviewView flushed(Review review) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ConcurrentEditException("review.savedAtTheSameMoment");
        }
        return view(review);
    }

    private static StaleVersionException stale(Review review) {
        return new StaleVersionException("review.changedMeanwhile", TIME.format(review.getUpdatedAt()));
    }

    private ReviewView view(Review review) {
        return ReviewView.of(review, session.getCallerPrincipal().getName());
    }

    private boolean readable(Review review) {
        return review.isReadableBy(session.getCallerPrincipal().getName(), session.isCallerInRole(Role.DESK_CHIEF_NAME));
    }

    private User caller() {
        return users.getCaller(session.getCallerPrincipal().getName());
    }
}
