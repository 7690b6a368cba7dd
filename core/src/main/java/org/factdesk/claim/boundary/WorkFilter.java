package org.factdesk.claim.boundary;

/** Which of the desk's open claims the assignment page lists. */
public enum WorkFilter {
    /** Nobody has them yet. */
    UNASSIGNED,
    /** Everything still to be reviewed. */
    OPEN,
    /** Past their article's due time. */
    OVERDUE
}
