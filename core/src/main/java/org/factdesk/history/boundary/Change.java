package org.factdesk.history.boundary;

import java.time.Instant;
import java.util.List;

/**
 * What one revision did to one audited row: created it, changed some of its fields, or removed it.
 *
 * @param author   the member of staff, or null when the system itself acted
 * @param subject  ARTICLE, CLAIM, REVIEW or EVIDENCE
 * @param kind     ADD, MOD or DEL, as Envers records it
 */
public record Change(long revision, Instant at, String author, String subject, long subjectId, String kind,
                     List<FieldChange> fields) {

    public Change {
        fields = List.copyOf(fields);
    }
}
