package org.factdesk.bulkimport.boundary;

import java.time.Instant;
import java.util.Locale;
import org.factdesk.bulkimport.entity.ImportState;
import org.factdesk.bulkimport.entity.SourceKind;
import org.factdesk.shared.boundary.DeskMessage;

/**
 * How far an import has come, for the progress bar and its summary line. {@code failure} is in English;
 * {@link #failureIn} gives it in the reader's language.
 */
public record ImportProgress(long jobId, long version, SourceKind kind, String sourceName, String outlet,
                             ImportState state, int total, long imported, long duplicates, long rejected,
                             String startedBy, Instant createdAt, Instant finishedAt, String failure,
                             String failureKey, String failureArguments) {

    public String failureIn(Locale locale) {
        return failureKey == null ? failure : DeskMessage.stored(failureKey, failureArguments).in(locale);
    }

    public long processed() {
        return imported + duplicates + rejected;
    }

    public int percent() {
        return total == 0 ? 100 : (int) Math.min(100, processed() * 100 / total);
    }

    public boolean isActive() {
        return state.isActive();
    }

    public boolean isResumable() {
        return state.canResume();
    }
}
