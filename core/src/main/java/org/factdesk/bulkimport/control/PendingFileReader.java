package org.factdesk.bulkimport.control;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Iterator;

/**
 * Reads the files of an import that have no result yet. The result rows are the checkpoint: a restarted job
 * asks the database again, so it resumes exactly after the last file whose result was committed.
 */
@Named("pendingFileReader")
@Dependent
public class PendingFileReader extends AbstractItemReader {

    @Inject
    @BatchProperty(name = ImportLauncher.IMPORT_ID)
    String importJobId;

    @Inject
    ImportJobs jobs;

    private Iterator<PendingFile> pending;

    @Override
    public void open(Serializable checkpoint) {
        pending = jobs.pending(Long.parseLong(importJobId)).iterator();
    }

    @Override
    public Object readItem() {
        return pending.hasNext() ? pending.next() : null;
    }
}
