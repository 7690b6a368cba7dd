package org.factdesk.claim.entity;

/** Where a claim stands; it follows the review filed on it, unless the desk dismissed it. */
public enum ClaimState {
    OPEN("Open"),
    IN_REVIEW("In review"),
    SUBMITTED("Submitted"),
    RETURNED("Returned"),
    APPROVED("Approved"),
    /** Set aside by the desk with a reason: no work, no verdict. */
    DISMISSED("Dismissed");

    private final String label;

    ClaimState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
