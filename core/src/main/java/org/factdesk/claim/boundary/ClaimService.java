package org.factdesk.claim.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.factdesk.claim.control.ClaimRepository;
import org.factdesk.claim.entity.Claim;
import org.factdesk.shared.boundary.BusinessException;
import org.factdesk.shared.boundary.Page;
import org.factdesk.user.control.UserRepository;
import org.factdesk.user.entity.Role;
import org.factdesk.workflow.control.EventLog;
import org.factdesk.workflow.control.EventLog.Subject;

/**
 * The claim queues (the caller's claims and the open pool, from which a claim is taken) and the desk's corrections
 * of what the engine found: span, speaker, one spelling for a person, a claim set aside.
 */
@Stateless
@RolesAllowed({Role.JOURNALIST_NAME, Role.DESK_CHIEF_NAME, Role.ADMIN_NAME})
public class ClaimService {

    @Inject
    ClaimRepository claims;

    @Inject
    UserRepository users;

    @Inject
    EventLog log;

    @Resource
    SessionContext session;

    /** The caller's claims; an admin holds none, so theirs is an empty page. */
    public Page<ClaimRow> mine(int first, int pageSize) {
        var me = session.getCallerPrincipal().getName();
        return new Page<>(claims.assignedTo(me, Math.max(0, first), Page.clampSize(pageSize)), claims.countAssignedTo(me));
    }

    /** The open pool; admins may read it like every member of staff, only journalists and desk chiefs take from it. */
    public Page<ClaimRow> pool(int first, int pageSize) {
        return new Page<>(claims.pool(Math.max(0, first), Page.clampSize(pageSize)), claims.countPool());
    }

    /** Takes an open claim from the pool: it becomes the caller's to review. */
    @RolesAllowed({Role.JOURNALIST_NAME, Role.DESK_CHIEF_NAME})
    public void take(long claimId) {
        take(claims.get(claimId));
    }

    /** {@link #take(long)} for a client that names the version of the claim it saw, refused if it changed since. */
    @RolesAllowed({Role.JOURNALIST_NAME, Role.DESK_CHIEF_NAME})
    public void take(long claimId, long expectedVersion) {
        take(claims.getAsSeen(claimId, expectedVersion));
    }

    /**
     * The desk's reading of a claim: its words, which must stand in the article's text, and its speaker (blank for
     * none). With {@code everySpelling}, the article's other claims credited to the speaker as the claim named them
     * get the new spelling too: two spellings of one person become one.
     */
    @RolesAllowed({Role.JOURNALIST_NAME, Role.DESK_CHIEF_NAME})
    public ClaimCorrected correct(long claimId, long expectedVersion, ClaimCorrection correction) {
        var claim = claims.getAsSeen(claimId, expectedVersion);
        var me = session.getCallerPrincipal().getName();
        var article = claim.getArticle();
        var span = article.locate(correction.text(), claim.getStartOffset())
                .orElseThrow(() -> new BusinessException("claim.span.notInArticle"));
        var before = claim.getSpeaker();
        claim.correct(span[0], span[1], correction.speaker());
        log.record(me, Subject.claim(claim.getId(), article.getId()), "claim.corrected", null, null,
                describe(before, claim.getSpeaker()));
        var others = 0;
        if (correction.everySpelling() && before != null && !before.equals(claim.getSpeaker())) {
            for (var other : claims.ofArticle(article)) {
                if (!other.equals(claim) && before.equals(other.getSpeaker()) && other.isCorrectable()) {
                    other.correct(other.getStartOffset(), other.getEndOffset(), claim.getSpeaker());
                    log.record(me, Subject.claim(other.getId(), article.getId()), "claim.corrected", null, null,
                            describe(before, other.getSpeaker()));
                    others++;
                }
            }
        }
        return new ClaimCorrected(claim.getId(), others);
    }

    /** Sets a claim aside with the desk's reason; only while nobody has started its review. */
    @RolesAllowed({Role.JOURNALIST_NAME, Role.DESK_CHIEF_NAME})
    public void dismiss(long claimId, long expectedVersion, String reason) {
        var claim = claims.getAsSeen(claimId, expectedVersion);
        var from = claim.getState();
        claim.dismiss(reason);
        log.record(session.getCallerPrincipal().getName(), Subject.claim(claim.getId(), claim.getArticle().getId()),
                "claim.dismissed", from, claim.getState(), claim.getDismissalReason());
    }

    /** Brings a dismissed claim back into the open pool. */
    @RolesAllowed({Role.JOURNALIST_NAME, Role.DESK_CHIEF_NAME})
    public void reinstate(long claimId, long expectedVersion) {
        var claim = claims.getAsSeen(claimId, expectedVersion);
        claim.reinstate();
        log.record(session.getCallerPrincipal().getName(), Subject.claim(claim.getId(), claim.getArticle().getId()),
                "claim.reinstated", org.factdesk.claim.entity.ClaimState.DISMISSED, claim.getState(), null);
    }

    /** What the history shows of a correction: the speaker as it was and as it is, where it changed. */
    private static String describe(String before, String after) {
        return java.util.Objects.equals(before, after) ? null
                : (before == null ? "\u2014" : before) + " \u2192 " + (after == null ? "\u2014" : after);
    }

    private void take(Claim claim) {
        var me = users.getCaller(session.getCallerPrincipal().getName());
        if (claim.isAssignedTo(me.getUsername())) {
            return;
        }
        claim.takeBy(me);
        log.record(me.getUsername(), Subject.claim(claim.getId(), claim.getArticle().getId()), "claim.taken", null, null, null);
    }
}
