package org.factdesk.claim.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.factdesk.claim.control.ClaimMatches;
import org.factdesk.claim.control.ClaimRepository;
import org.factdesk.claim.entity.ClaimState;
import org.factdesk.shared.boundary.BusinessException;
import org.factdesk.user.control.UserRepository;
import org.factdesk.workflow.control.EventLog;
import org.factdesk.workflow.control.EventLog.Subject;
import org.factdesk.review.control.ReviewRepository;
import org.factdesk.shared.boundary.Page;
import org.factdesk.user.entity.Role;

/** The claim queues and the claim page. */
@Stateless
@RolesAllowed({Role.JOURNALIST_NAME, Role.DESK_CHIEF_NAME, Role.ADMIN_NAME})
public class ClaimService {

    @Inject
    ClaimRepository claims;

    @Inject
    ReviewRepository reviews;

    @Inject
    UserRepository users;

    @Inject
    EventLog log;

    @Inject
    ClaimMatches matches;

    @Resource
    SessionContext session;

    @RolesAllowed({Role.JOURNALIST_NAME, Role.DESK_CHIEF_NAME})
    public Page<ClaimRow> mine(int first, int pageSize) {
        var me = session.getCallerPrincipal().getName();
        return new Page<>(claims.assignedTo(me, Math.max(0, first), Page.clampSize(pageSize)), claims.countAssignedTo(me));
    }

    @RolesAllowed({Role.JOURNALIST_NAME, Role.DESK_CHIEF_NAME})
    public Page<ClaimRow> pool(int first, int pageSize) {
        return new Page<>(claims.pool(Math.max(0, first), Page.clampSize(pageSize)), claims.countPool());
    }

    /** Takes an open claim from the pool: it becomes the caller's to review. */
    @RolesAllowed({Role.JOURNALIST_NAME, Role.DESK_CHIEF_NAME})
    public void take(long claimId) {
        var claim = claims.get(claimId);
        var me = users.getCaller(session.getCallerPrincipal().getName());
        if (claim.isAssignedTo(me.getUsername())) {
            return;
        }
        claim.takeBy(me);
        log.record(me.getUsername(), Subject.claim(claim.getId(), claim.getArticle().getId()), "claim.taken", null, null, null);
    }

    public ClaimDetail get(long claimId) {
        var claim = claims.get(claimId);
        var article = claim.getArticle();
        article.getOutlet().getName();
        if (claim.getAssignee() != null) {
            claim.getAssignee().getDisplayName();
        }
        var text = article.getCleanedText();
        var me = session.getCallerPrincipal().getName();
        var chief = session.isCallerInRole(Role.DESK_CHIEF_NAME);
        var filed = reviews.findByClaim(claimId);
        var progress = filed.map(r -> new ReviewProgress(r.getState(), r.getAuthor().getDisplayName(),
                r.hasInConversation(me, chief))).orElse(null);
        var review = filed.filter(r -> r.isReadableBy(me, chief)).orElse(null);
        if (review != null) {
            review.getEvidence().size();
            if (review.getDecidedBy() != null) {
                review.getDecidedBy().getDisplayName();
            }
        }
        var related = matches.of(claim);
        return new ClaimDetail(claim, text.substring(0, claim.getStartOffset()),
                text.substring(claim.getStartOffset(), claim.getEndOffset()), text.substring(claim.getEndOffset()), review,
                progress, related.variants(), related.earlierVerdicts(), claim.isAssignable(),
                progress == null && claim.isReviewableBy(me));
    }
}
