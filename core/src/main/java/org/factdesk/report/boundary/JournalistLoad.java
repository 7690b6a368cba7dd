package org.factdesk.report.boundary;

/**
 * The claims in one person's hands on articles still on the desk, and how many of those articles are past due.
 * Deactivated people appear while work is still assigned to them, so that it can be handed on.
 */
public record JournalistLoad(String username, String displayName, boolean active, long open, long overdue) {
}
