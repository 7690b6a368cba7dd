package org.factdesk.bulkimport.boundary;

import java.time.Instant;
import java.util.Locale;
import org.factdesk.bulkimport.entity.EntryStatus;
import org.factdesk.shared.boundary.DeskMessage;

/**
 * One file's result in the results table. {@code reason} is the result in English; {@link #reasonIn} gives it in
 * the reader's language (results recorded before Factdesk kept their key stay in English).
 */
public record ImportEntryRow(long id, int position, String name, EntryStatus status, String reason, String reasonKey,
                             String reasonArguments, Long articleId, Long duplicateOfId, Instant processedAt) {

    public String reasonIn(Locale locale) {
        return reasonKey == null ? reason : DeskMessage.stored(reasonKey, reasonArguments).in(locale);
    }
}
