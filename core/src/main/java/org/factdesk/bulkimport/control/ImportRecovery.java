package org.factdesk.bulkimport.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.batch.operations.BatchRuntimeException;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.factdesk.shared.boundary.DeskMessage;

/**
 * Resumes the imports a crash or a hard stop cut off: at server start, every import still queued or running is
 * restarted from its first file without a result. Started by a timer just after deployment, so that the batch
 * job finds the whole application ready.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ImportRecovery {

    private static final Logger LOG = Logger.getLogger(ImportRecovery.class.getName());
    private static final long DELAY_MILLIS = 2_000;

    @Resource
    TimerService timers;

    @Inject
    ImportJobs jobs;

    @Inject
    ImportLauncher launcher;

    @Inject
    RunningImports running;

    @PostConstruct
    void schedule() {
        timers.createSingleActionTimer(DELAY_MILLIS, new TimerConfig("resume interrupted imports", false));
    }

    @Timeout
    void onStart() {
        var resumed = resumeInterrupted();
        if (resumed > 0) {
            LOG.info(() -> "Resumed " + resumed + " import(s) interrupted by the last shutdown");
        }
    }

    /** @return how many imports were restarted */
    public int resumeInterrupted() {
        var resumed = 0;
        for (var active : jobs.active()) {
            if (running.isRunningHere(active.executionId()) || isBeingStartedNow(active)) {
                continue;
            }
            try {
                jobs.requeueInterrupted(active.jobId());
                if (active.executionId() == null) {
                    launcher.start(active.jobId());
                } else {
                    launcher.restart(active.executionId(), active.jobId());
                }
                resumed++;
            } catch (BatchRuntimeException e) {
                LOG.log(Level.WARNING, "Import " + active.jobId() + " could not be resumed", e);
                jobs.failed(active.jobId(), DeskMessage.of("import.notResumedAfterRestart", String.valueOf(e.getMessage())));
            }
        }
        return resumed;
    }

    /** An import created by this server process without an execution yet is being started by its boundary call. */
    private static boolean isBeingStartedNow(ImportJobs.Active active) {
        var processStart = Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime());
        return active.executionId() == null && active.createdAt().isAfter(processStart);
    }
}
