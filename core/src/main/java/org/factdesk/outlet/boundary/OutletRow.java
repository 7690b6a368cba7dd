package org.factdesk.outlet.boundary;

import org.factdesk.outlet.entity.OutletPriority;

/** An outlet as the admin list shows it, with how many of its articles reached the desk. */
public record OutletRow(long id, long version, String name, OutletPriority priority, long articles) {
}
