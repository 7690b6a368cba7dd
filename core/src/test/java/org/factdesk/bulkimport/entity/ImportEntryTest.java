package org.factdesk.bulkimport.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
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
        first.stored(10, null, "A · 3 claims");
        second.stored(11, 10L, "B · near-duplicate");
        assertEquals(EntryStatus.IMPORTED, first.getStatus());
        assertEquals(EntryStatus.DUPLICATE, second.getStatus());
        assertFalse(first.isPending());
    }

    @Test
    void aFileWithAResultNeverGetsASecondOne() {
        var entry = new ImportEntry(job, 0, "a.txt");
        entry.rejected("a.txt is empty.");
        assertThrows(IllegalStateException.class, () -> entry.stored(10, null, "late"));
        assertThrows(IllegalStateException.class, () -> entry.rejected("again"));
        assertEquals("a.txt is empty.", entry.getReason());
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
