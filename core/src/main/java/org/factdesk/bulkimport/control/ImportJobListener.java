package org.factdesk.bulkimport.control;

import org.factdesk.shared.boundary.LogText;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Logger;
import org.factdesk.bulkimport.entity.SourceKind;

/** Keeps the import's record in step with its batch executions, and removes an uploaded archive once it is done. */
@Named("importJobListener")
@Dependent
public class ImportJobListener extends AbstractJobListener {

    private static final Logger LOG = Logger.getLogger(ImportJobListener.class.getName());

    @Inject
    JobContext context;

    @Inject
    @BatchProperty(name = ImportLauncher.IMPORT_ID)
    String importJobId;

    @Inject
    ImportJobs jobs;

    @Inject
    RunningImports running;

    @Override
    public void beforeJob() {
        running.started(context.getExecutionId());
        jobs.running(id(), context.getExecutionId());
    }

    @Override
    public void afterJob() {
        try {
            // the uploaded archive goes before the import shows as completed, so nobody sees a finished import
            // whose archive is still on the server
            var source = jobs.source(id());
            if (source.kind() == SourceKind.ZIP && jobs.isDone(id())) {
                deleteQuietly(Path.of(source.path()));
            }
            jobs.ended(id(), context.getBatchStatus());
        } finally {
            running.ended(context.getExecutionId());
        }
    }

    private long id() {
        return Long.parseLong(importJobId);
    }

    private static void deleteQuietly(Path archive) {
        try {
            Files.deleteIfExists(archive);
        } catch (IOException e) {
            LOG.warning(() -> "Could not delete the imported archive " + LogText.oneLine(archive) + ": " + LogText.oneLine(e.getMessage()));
        }
    }
}
