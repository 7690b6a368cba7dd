package org.factdesk.history.boundary;

/** One field of an audited row, before and after a revision; null where the field had no value. */
public record FieldChange(String field, String before, String after) {
}
