package org.factdesk.outlet.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Objects;
import org.factdesk.outlet.control.OutletRepository;
import org.factdesk.outlet.entity.Outlet;
import org.factdesk.outlet.entity.OutletPriority;
import org.factdesk.shared.boundary.BusinessException;
import org.factdesk.shared.boundary.Page;
import org.factdesk.shared.boundary.StaleVersionException;
import org.factdesk.user.entity.Role;
import org.factdesk.workflow.control.EventLog;
import org.factdesk.workflow.control.EventLog.Subject;
import org.factdesk.workflow.entity.SubjectType;

/**
 * The outlets whose copies reach the desk, as admins keep them: one name per outlet, in any case, and a priority
 * that sets how soon its newly ingested articles are due. Articles already on the desk keep their due time.
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class OutletService {

    @Inject
    OutletRepository outlets;

    @Inject
    EventLog log;

    @Resource
    SessionContext session;

    public Page<OutletRow> list(int first, int pageSize) {
        return new Page<>(outlets.rows(Math.max(0, first), Page.clampSize(pageSize)), outlets.count());
    }

    public OutletRow get(long id) {
        return outlets.row(id);
    }

    /** Renames and re-prioritises an outlet in one step, as the edit form submits it. */
    public OutletRow update(long id, long expectedVersion, String name, OutletPriority priority) {
        var outlet = outlets.get(id);
        if (outlet.getVersion() != expectedVersion) {
            throw new StaleVersionException("outlet.changedMeanwhile", outlet.getName());
        }
        var newName = name == null ? "" : name.strip();
        if (newName.isEmpty()) {
            throw new BusinessException("outlet.nameMissing");
        }
        if (newName.length() > Outlet.NAME_MAX) {
            throw new BusinessException("outlet.nameTooLong", Outlet.NAME_MAX);
        }
        outlets.findByName(newName).filter(other -> !other.equals(outlet)).ifPresent(other -> {
            throw new BusinessException("outlet.nameTaken", other.getName());
        });
        Objects.requireNonNull(priority, "priority");
        if (!newName.equals(outlet.getName())) {
            log.record(caller(), Subject.of(SubjectType.OUTLET, id), "outlet.renamed", null, null, outlet.getName() + " → " + newName);
            outlet.rename(newName);
        }
        if (priority != outlet.getPriority()) {
            log.record(caller(), Subject.of(SubjectType.OUTLET, id), "outlet.prioritised", outlet.getPriority(), priority, outlet.getName());
            outlet.prioritise(priority);
        }
        return outlets.row(id);
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
