package org.factdesk.review.entity;

import java.util.EnumSet;
import java.util.Set;

/** DRAFT → SUBMITTED → APPROVED or RETURNED; a RETURNED review goes back to its author, who resubmits it. */
public enum ReviewState {
    DRAFT("Draft"),
    SUBMITTED("Submitted"),
    RETURNED("Returned"),
    APPROVED("Approved");

    private final String label;

    ReviewState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public Set<ReviewState> next() {
        return switch (this) {
            case DRAFT, RETURNED -> EnumSet.of(SUBMITTED);
            case SUBMITTED -> EnumSet.of(APPROVED, RETURNED);
            case APPROVED -> EnumSet.noneOf(ReviewState.class);
        };
    }

    /** Only the author edits, and only while the review is in their hands. */
    public boolean isEditable() {
        return this == DRAFT || this == RETURNED;
    }

    /**
     * Who may read a review (or a version of it) in this state: while it is in its author's hands, only the author
     * and the desk chiefs, who may have to take it over; once submitted, all staff.
     */
    public boolean isReadableBy(boolean author, boolean deskChief) {
        return !isEditable() || author || deskChief;
    }
}
