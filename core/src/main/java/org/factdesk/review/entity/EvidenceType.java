package org.factdesk.review.entity;

/** What kind of source a piece of evidence is: the first three are primary, the rest report or judge at one remove. */
public enum EvidenceType {
    PRIMARY_DOCUMENT(true),
    OFFICIAL_STATEMENT(true),
    DATA_SET(true),
    EXPERT(false),
    MEDIA_REPORT(false),
    OTHER(false);

    private final boolean primary;

    EvidenceType(boolean primary) {
        this.primary = primary;
    }

    /** A source that is the record itself, not a report about it: a verdict is published on one. */
    public boolean isPrimary() {
        return primary;
    }
}
