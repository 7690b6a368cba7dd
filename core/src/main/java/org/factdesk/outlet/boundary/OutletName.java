package org.factdesk.outlet.boundary;

/** An outlet to pick from, as filters list them, loaded by {@code Outlet.listNames}. */
public record OutletName(long id, String name) {
}
