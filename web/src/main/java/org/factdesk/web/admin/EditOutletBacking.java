package org.factdesk.web.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.factdesk.outlet.boundary.OutletService;
import org.factdesk.outlet.entity.OutletPriority;
import org.factdesk.shared.boundary.BusinessException;
import org.factdesk.web.shared.NotFound;
import org.factdesk.web.shared.Refusals;
import org.omnifaces.util.Messages;

/**
 * /admin/outlet.xhtml?id=: renames an outlet or changes its priority. The form carries the version it was read at,
 * so a save over someone else's change is refused instead of overwriting it.
 */
@Named
@RequestScoped
public class EditOutletBacking {

    @Inject
    OutletService outlets;

    private Long id;
    private long version;
    private String name;
    private String currentName;
    private OutletPriority priority;

    public void load() {
        if (id == null) {
            NotFound.respond();
            return;
        }
        try {
            var outlet = outlets.get(id);
            version = outlet.version();
            name = outlet.name();
            currentName = name;
            priority = outlet.priority();
        } catch (BusinessException e) {
            NotFound.respond();
        }
    }

    public String save() {
        try {
            var outlet = outlets.update(id, version, name, priority);
            Messages.addFlashGlobalInfo("outlets.saved", outlet.name());
            return "/admin/outlets?faces-redirect=true";
        } catch (BusinessException e) {
            Refusals.show(e);
            return null;
        }
    }

    public OutletPriority[] getPriorities() {
        return OutletPriority.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getCurrentName() {
        return currentName;
    }

    public void setCurrentName(String currentName) {
        this.currentName = currentName;
    }

    public OutletPriority getPriority() {
        return priority;
    }

    public void setPriority(OutletPriority priority) {
        this.priority = priority;
    }
}
