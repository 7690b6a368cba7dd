package org.factdesk.claim.boundary;

/** How much open work a journalist has, and how much of it is overdue. */
public record Workload(String username, String displayName, long open, long overdue) {
}
