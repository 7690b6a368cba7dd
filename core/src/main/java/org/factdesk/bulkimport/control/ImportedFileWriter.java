package org.factdesk.bulkimport.control;

import org.factdesk.shared.boundary.LogText;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.factdesk.ingest.boundary.AlreadyStoredException;
import org.factdesk.shared.boundary.BusinessException;
import org.factdesk.shared.boundary.DeskMessage;

/**
 * Ingests each file the reader hands over and records its result. A file the desk would refuse on the ingest
 * page (wrong type, too large, binary, empty) is recorded as rejected with the same reason, and the import goes on.
 */
@Named("importedFileWriter")
@Dependent
public class ImportedFileWriter extends AbstractItemWriter {

    private static final Logger LOG = Logger.getLogger(ImportedFileWriter.class.getName());

    @Inject
    @BatchProperty(name = ImportLauncher.IMPORT_ID)
    String importJobId;

    @Inject
    ImportJobs jobs;

    @Inject
    EntryImport entries;

    private ImportSource source;

    @Override
    public void open(Serializable checkpoint) {
        var id = Long.parseLong(importJobId);
        var where = jobs.source(id);
        try {
            source = ImportSource.open(where.kind(), where.path(), where.label());
        } catch (BusinessException e) {
            jobs.failed(id, DeskMessage.of(e));
            throw e;
        }
    }

    @Override
    public void writeItems(List<Object> items) {
        items.stream().map(PendingFile.class::cast).forEach(this::importFile);
    }

    private void importFile(PendingFile file) {
        try {
            entries.ingest(file.entryId(), source.read(file.source()));
        } catch (AlreadyStoredException e) {
            entries.alreadyStored(file.entryId(), e.storedArticleId(), DeskMessage.of(e));
        } catch (BusinessException e) {
            entries.reject(file.entryId(), DeskMessage.of(e));
        } catch (EJBException | IllegalStateException e) {
            LOG.log(Level.WARNING, "Import " + importJobId + ": " + LogText.oneLine(file.name()) + " failed", e);
            entries.reject(file.entryId(), DeskMessage.of("import.internalError", file.name()));
        }
    }

    @Override
    public void close() {
        if (source != null) {
            source.close();
        }
    }
}
