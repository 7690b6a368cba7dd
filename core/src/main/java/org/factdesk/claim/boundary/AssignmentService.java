package org.factdesk.claim.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import org.factdesk.claim.control.ClaimReassigned;
import org.factdesk.claim.control.ClaimRepository;
import org.factdesk.claim.entity.Claim;
import org.factdesk.claim.entity.ClaimState;
import org.factdesk.notification.control.Notifier;
import org.factdesk.notification.entity.NotificationKind;
import org.factdesk.notification.entity.NotificationTarget;
import org.factdesk.shared.boundary.BusinessException;
import org.factdesk.shared.boundary.Page;
import org.factdesk.user.control.UserRepository;
import org.factdesk.user.entity.Role;
import org.factdesk.user.entity.User;
import org.factdesk.workflow.control.EventLog;
import org.factdesk.workflow.control.EventLog.Subject;

/**
 * Desk chiefs hand out the desk's claims: one at a time or in bulk, with the least-loaded journalist suggested.
 * Reassigning a claim moves its draft review to the new journalist, so no work and no history is lost.
 */
@Stateless
@RolesAllowed(Role.DESK_CHIEF_NAME)
public class AssignmentService {

    public static final int MAX_BULK = 200;

    @Inject
    ClaimRepository claims;

    @Inject
    Event<ClaimReassigned> reassignments;

    @Inject
    UserRepository users;

    @Inject
    EventLog log;

    @Inject
    Notifier notifier;

    @Resource
    SessionContext session;

    /** Active journalists, least loaded first: the first one is the suggestion. */
    public List<Workload> workloads() {
        var load = new HashMap<String, long[]>();
        for (var row : claims.loadByAssignee(Instant.now())) {
            load.put((String) row[0], new long[]{(Long) row[1], row[2] == null ? 0 : ((Number) row[2]).longValue()});
        }
        return users.activeWithRole(Role.JOURNALIST).stream()
                .map(u -> {
                    var counts = load.getOrDefault(u.getUsername(), new long[2]);
                    return new Workload(u.getUsername(), u.getDisplayName(), counts[0], counts[1]);
                })
                .sorted(Comparator.comparingLong(Workload::open).thenComparingLong(Workload::overdue)
                        .thenComparing(Workload::displayName))
                .toList();
    }

    public Optional<Workload> suggestion() {
        return workloads().stream().findFirst();
    }

    public Page<ClaimRow> openWork(WorkFilter filter, int first, int pageSize) {
        var now = Instant.now();
        var criteria = filter == null ? WorkFilter.OPEN : filter;
        return new Page<>(claims.openWork(criteria, now, Math.max(0, first), Page.clampSize(pageSize)),
                claims.countOpenWork(criteria, now));
    }

    /** Assigns every listed claim to one journalist, or none of them if any cannot be assigned. */
    public int assign(List<Long> claimIds, String username) {
        if (claimIds == null || claimIds.isEmpty()) {
            throw new BusinessException("assign.nothingSelected");
        }
        if (claimIds.size() > MAX_BULK) {
            throw new BusinessException("assign.tooMany", MAX_BULK);
        }
        var journalist = journalist(username);
        var me = users.getCaller(session.getCallerPrincipal().getName());
        var changed = 0;
        for (var claim : claims.get(claimIds)) {
            if (assign(claim, journalist, me)) {
                changed++;
            }
        }
        return changed;
    }

    /**
     * Assigns one claim as the caller last saw it: refused, with nothing written, if the claim changed since (a
     * machine client that names no version could otherwise take a claim away from someone who just started on it).
     */
    public void assign(long claimId, long expectedVersion, String username) {
        var claim = claims.getAsSeen(claimId, expectedVersion);
        assign(claim, journalist(username), users.getCaller(session.getCallerPrincipal().getName()));
    }

    private User journalist(String username) {
        return users.findByUsername(username).filter(User::isActive).filter(u -> u.hasRole(Role.JOURNALIST))
                .orElseThrow(() -> new BusinessException("assign.journalistMissing"));
    }

    private boolean assign(Claim claim, User journalist, User me) {
        var previous = claim.getAssignee();
        if (claim.isAssignedTo(journalist.getUsername())) {
            return false;
        }
        claim.assignTo(journalist);
        reassignments.fire(new ClaimReassigned(claim.getId(), journalist));
        log.record(me.getUsername(), Subject.claim(claim.getId(), claim.getArticle().getId()), "claim.assigned", null, null,
                (previous == null ? "" : previous.getDisplayName() + " \u2192 ") + journalist.getDisplayName());
        notifier.tell(journalist, NotificationKind.CLAIM_ASSIGNED, me, claim.getText(), NotificationTarget.CLAIM, claim.getId());
        return true;
    }

}
