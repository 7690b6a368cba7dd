package org.factdesk.bulkimport.boundary;

import java.time.Instant;
import org.factdesk.bulkimport.entity.ImportState;
import org.factdesk.bulkimport.entity.SourceKind;

/** One line of the list of imports. */
public record ImportJobRow(long id, SourceKind kind, String sourceName, String outlet, ImportState state, int total,
                           long processed, String startedBy, Instant createdAt) {
}
