package org.factdesk.claim.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.factdesk.claim.control.ClaimRepository;
import org.factdesk.claim.entity.Claim;
import org.factdesk.shared.boundary.Page;
import org.factdesk.user.control.UserRepository;
import org.factdesk.user.entity.Role;
import org.factdesk.workflow.control.EventLog;
import org.factdesk.workflow.control.EventLog.Subject;

/** The claim queues: the caller's claims and the open pool, from which a claim is taken. */
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

    private void take(Claim claim) {
        var me = users.getCaller(session.getCallerPrincipal().getName());
        if (claim.isAssignedTo(me.getUsername())) {
            return;
        }
        claim.takeBy(me);
        log.record(me.getUsername(), Subject.claim(claim.getId(), claim.getArticle().getId()), "claim.taken", null, null, null);
    }
}
