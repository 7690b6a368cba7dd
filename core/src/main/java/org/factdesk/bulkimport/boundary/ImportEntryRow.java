package org.factdesk.bulkimport.boundary;

import java.time.Instant;
import org.factdesk.bulkimport.entity.EntryStatus;

/** One file's result in the results table. */
public record ImportEntryRow(long id, int position, String name, EntryStatus status, String reason, Long articleId,
                             Long duplicateOfId, Instant processedAt) {
}
