package org.factdesk.bulkimport.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Locale;
import org.factdesk.bulkimport.boundary.ImportEntryRow;
import org.factdesk.shared.boundary.DeskMessage;
import org.factdesk.shared.boundary.IllegalTransitionException;
import org.factdesk.user.entity.Role;
import org.factdesk.user.entity.User;
import org.junit.jupiter.api.Test;

/** A file's result is written once; an import moves only along its states. */
class ImportEntryTest {

    private final ImportJob job = new ImportJob(SourceKind.ZIP, "wire.zip", "/data/import-uploads/x.zip", "Wire",
            new User("jane", "Jane", "hash", EnumSet.of(Role.JOURNALIST)), 2);

    @Test
    void aStoredFileIsImportedOrADuplicateByItsLink() {
        var first = new ImportEntry(job, 0, "a.txt");
        var second = new ImportEntry(job, 1, "b.txt");
        first.stored(10, null, DeskMessage.of("import.stored", "A", 3));
        second.stored(11, 10L, DeskMessage.of("import.storedDuplicate", "B", 2, "A", 91L));
        assertEquals(EntryStatus.IMPORTED, first.getStatus());
        assertEquals(EntryStatus.DUPLICATE, second.getStatus());
        assertFalse(first.isPending());
    }

    @Test
    void aFileWithAResultNeverGetsASecondOne() {
        var entry = new ImportEntry(job, 0, "a.txt");
        entry.rejected(DeskMessage.of("ingest.empty", "a.txt"));
        assertThrows(IllegalStateException.class, () -> entry.stored(10, null, DeskMessage.of("import.stored", "A", 1)));
        assertThrows(IllegalStateException.class, () -> entry.rejected(DeskMessage.of("ingest.blank", "a.txt")));
        assertEquals("a.txt is empty: there is no text to ingest.", entry.getReason());
    }

    @Test
    void aResultReadsInTheReadersLanguageAndOlderResultsStayInEnglish() {
        var entry = new ImportEntry(job, 0, "a.txt");
        entry.stored(10, 9L, DeskMessage.of("import.storedDuplicate", "Council votes", 3, "Council vote", 91L));
        var row = new ImportEntryRow(1, 0, "a.txt", entry.getStatus(), entry.getReason(), entry.getReasonKey(),
                entry.getReasonArguments(), 10L, 9L, entry.getProcessedAt());
        assertEquals("Council votes \u00b7 3 claims \u00b7 near-duplicate of \"Council vote\" (91% similar)", entry.getReason());
        assertEquals("Council votes \u00b7 3 Aussagen \u00b7 Beinahe-Duplikat von „Council vote“ (91 % ähnlich)",
                row.reasonIn(Locale.GERMAN));
        var older = new ImportEntryRow(2, 1, "b.txt", EntryStatus.REJECTED, "b.txt is empty.", null, null, null, null, null);
        assertEquals("b.txt is empty.", older.reasonIn(Locale.GERMAN));
    }

    @Test
    void overlongNamesAreShortenedToFitTheirColumn() {
        var entry = new ImportEntry(job, 0, "x".repeat(800) + ".txt");
        assertEquals(ImportEntry.NAME_MAX, entry.getName().length());
    }

    @Test
    void onlyARunningImportStopsAndOnlyAStoppedOrFailedOneResumes() {
        assertThrows(IllegalTransitionException.class, job::requeue);
        job.running(7);
        job.stopping();
        job.ended(ImportState.STOPPED, null);
        assertThrows(IllegalTransitionException.class, job::stopping);
        job.requeue();
        assertEquals(ImportState.QUEUED, job.getState());
        assertTrue(job.getState().isActive());
        job.ended(ImportState.COMPLETED, null);
        assertThrows(IllegalTransitionException.class, job::requeue);
    }
}
