package org.factdesk.bulkimport.control;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.factdesk.bulkimport.entity.ImportEntry;
import org.factdesk.ingest.boundary.IngestRequest;
import org.factdesk.ingest.boundary.IngestResult;
import org.factdesk.ingest.control.Ingest;
import org.factdesk.shared.boundary.DeskMessage;

/**
 * One file of an import, in one transaction: the article and the file's result commit together or not at all.
 * A file that already has its result is left alone, so running a file twice (after a crash, or by two executions)
 * never stores it twice.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class EntryImport {

    @Inject
    ImportRepository imports;

    @Inject
    Ingest ingest;

    /** Ingests the file as the person who started the import; a refusal rolls everything back and is thrown. */
    public void ingest(long entryId, byte[] content) {
        var entry = pendingEntry(entryId);
        if (entry == null) {
            return;
        }
        var job = entry.getJob();
        var result = ingest.ingest(IngestRequest.imported(job.getOutletName(), entry.getName(), content), job.getStartedBy());
        entry.stored(result.articleId(), result.duplicateOfId(), summary(result));
    }

    /** The outlet's copy of this text is on the desk already: nothing stored, the result names that copy. */
    public void alreadyStored(long entryId, long storedArticleId, DeskMessage reason) {
        var entry = pendingEntry(entryId);
        if (entry != null) {
            entry.refusedAsStoredAlready(storedArticleId, reason);
        }
    }

    public void reject(long entryId, DeskMessage reason) {
        var entry = pendingEntry(entryId);
        if (entry != null) {
            entry.rejected(reason);
        }
    }

    private ImportEntry pendingEntry(long entryId) {
        var entry = imports.lockEntry(entryId);
        return entry != null && entry.isPending() ? entry : null;
    }

    private static DeskMessage summary(IngestResult result) {
        if (result.isDuplicate()) {
            return DeskMessage.of("import.storedDuplicate", result.title(), result.claimCount(), result.duplicateOfTitle(),
                    Math.round(result.similarity() * 100));
        }
        return DeskMessage.of("import.stored", result.title(), result.claimCount());
    }
}
