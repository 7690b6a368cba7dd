package org.factdesk.outlet.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Objects;
import org.factdesk.shared.entity.BaseEntity;

/** A news source whose copies of stories reach the desk. */
@Entity
@Table(name = "outlet")
@NamedQuery(name = "Outlet.findByName", query = "select o from Outlet o where lower(o.name) = lower(:name)")
@NamedQuery(name = "Outlet.listNames",
        query = "select new org.factdesk.outlet.boundary.OutletName(o.id, o.name) from Outlet o order by lower(o.name)")
@NamedQuery(name = "Outlet.count", query = "select count(o) from Outlet o")
@NamedQuery(name = "Outlet.rows", query = Outlet.SELECT_ROWS + " order by lower(o.name), o.id")
@NamedQuery(name = "Outlet.rowById", query = Outlet.SELECT_ROWS + " where o.id = :id")
public class Outlet extends BaseEntity {

    static final String SELECT_ROWS = "select new org.factdesk.outlet.boundary.OutletRow(o.id, o.version, o.name,"
            + " o.priority, (select count(a) from Article a where a.outlet = o)) from Outlet o";
    public static final int NAME_MAX = 120;

    @NotBlank(message = "An outlet name is required.")
    @Size(max = NAME_MAX)
    @Column(nullable = false, unique = true, length = NAME_MAX)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private OutletPriority priority = OutletPriority.NORMAL;

    protected Outlet() {
    }

    public Outlet(String name) {
        this.name = Objects.requireNonNull(name).strip();
    }

    public String getName() {
        return name;
    }

    public OutletPriority getPriority() {
        return priority;
    }

    public void prioritise(OutletPriority newPriority) {
        this.priority = java.util.Objects.requireNonNull(newPriority);
    }

    public void rename(String newName) {
        this.name = Objects.requireNonNull(newName).strip();
    }
}
