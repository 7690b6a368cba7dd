package org.factdesk.bulkimport.control;

import jakarta.batch.operations.JobExecutionNotRunningException;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.enterprise.context.Dependent;
import java.util.Properties;

/**
 * Starts, stops and restarts the import batch job. Call it outside any transaction: the batch runtime records
 * the execution in its own repository and starts the job on another thread, which must see that record.
 */
@Dependent
public class ImportLauncher {

    public static final String JOB_NAME = "article-import";
    public static final String IMPORT_ID = "importJobId";
    /** JBeret's restart parameter; "force" also restarts an execution left STARTED by a crash. */
    static final String RESTART_MODE = "jberet.restart.mode";

    public long start(long importJobId) {
        return operator().start(JOB_NAME, parameters(importJobId));
    }

    /**
     * Continues an import where it stopped: the files still pending, nothing else. Forced, because an execution
     * a crash cut off still looks started to the batch runtime; callers make sure it is not running here.
     */
    public long restart(long executionId, long importJobId) {
        var parameters = parameters(importJobId);
        parameters.setProperty(RESTART_MODE, "force");
        return operator().restart(executionId, parameters);
    }

    /** Asks the job to stop after the file it is on; a job that has already ended is left as it is. */
    public void stop(long executionId) {
        try {
            operator().stop(executionId);
        } catch (JobExecutionNotRunningException e) {
            // it ended on its own in the meantime, which is what stopping wanted
        }
    }

    private static JobOperator operator() {
        return BatchRuntime.getJobOperator();
    }

    private static Properties parameters(long importJobId) {
        var parameters = new Properties();
        parameters.setProperty(IMPORT_ID, Long.toString(importJobId));
        return parameters;
    }
}
