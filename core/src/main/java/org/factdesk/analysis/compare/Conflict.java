package org.factdesk.analysis.compare;

import org.factdesk.analysis.ConflictKind;

/** Where two copies of one statement disagree, with each value as its claim writes it. */
public record Conflict(ConflictKind kind, String value, String otherValue) {
}
