package org.factdesk.history.boundary;

/** A run of words that two versions share, or that one of them has and the other lacks. */
public record DiffSegment(Kind kind, String text) {

    public enum Kind {
        SAME, ADDED, REMOVED
    }

    public boolean isAdded() {
        return kind == Kind.ADDED;
    }

    public boolean isRemoved() {
        return kind == Kind.REMOVED;
    }
}
