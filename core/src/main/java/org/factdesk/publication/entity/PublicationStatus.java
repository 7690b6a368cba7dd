package org.factdesk.publication.entity;

/**
 * Where a published fact-check stands before the public. PUBLISHED and CORRECTED pages carry their verdicts and
 * ClaimReview markup; a RETRACTED one keeps its address but shows only the retraction notice.
 */
public enum PublicationStatus {
    PUBLISHED("Published"),
    CORRECTED("Corrected"),
    RETRACTED("Retracted");

    private final String label;

    PublicationStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
