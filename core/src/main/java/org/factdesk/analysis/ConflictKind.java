package org.factdesk.analysis;

/** What two copies of the same statement disagree on. */
public enum ConflictKind {
    NUMBER, PLACE, DATE, SPEAKER
}
