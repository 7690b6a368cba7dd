package org.factdesk.bulkimport.control;

import jakarta.annotation.security.PermitAll;
import jakarta.batch.runtime.BatchStatus;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import org.factdesk.bulkimport.entity.EntryStatus;
import org.factdesk.bulkimport.entity.ImportEntry;
import org.factdesk.bulkimport.entity.ImportJob;
import org.factdesk.bulkimport.entity.ImportState;
import org.factdesk.bulkimport.entity.SourceKind;
import org.factdesk.shared.boundary.DeskMessage;
import org.factdesk.user.control.UserRepository;

/**
 * Changes to an import's record, each committed at once: the batch runtime works on other threads and must see
 * them, and a crash must find them. Called by the import boundary and by the batch job, never by the web layer.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ImportJobs {

    /** What the batch job needs to open an import's files. */
    public record Source(SourceKind kind, String path, String label) {
    }

    /** An import found queued or running, with its latest batch execution (null if it never started). */
    public record Active(long jobId, Long executionId, Instant createdAt) {
    }

    @Inject
    ImportRepository imports;

    @Inject
    UserRepository users;

    /** Records the import with one PENDING entry per file, before any of them is read. */
    public long create(SourceKind kind, String sourceName, String sourcePath, String outlet, String username,
                       List<SourceFile> files) {
        var job = new ImportJob(kind, sourceName, sourcePath, outlet, users.getCaller(username), files.size());
        imports.add(job);
        files.forEach(f -> imports.add(new ImportEntry(job, f.position(), f.name())));
        return job.getId();
    }

    public void running(long jobId, long executionId) {
        imports.get(jobId).running(executionId);
    }

    /** @return the execution to stop */
    public Long stopping(long jobId) {
        var job = imports.get(jobId);
        job.stopping();
        return job.getExecutionId();
    }

    /** @return the execution to restart, or null if the import never started */
    public Long requeue(long jobId) {
        var job = imports.get(jobId);
        job.requeue();
        return job.getExecutionId();
    }

    /** Settles the import when its batch execution ends; files still pending mean it did not finish. */
    /** Every file of the import has its result: nothing is left to do, whatever the batch runtime says. */
    public boolean isDone(long jobId) {
        return imports.countByStatus(jobId).get(EntryStatus.PENDING) == 0;
    }

    public ImportState ended(long jobId, BatchStatus status) {
        var job = imports.get(jobId);
        var pending = imports.countByStatus(jobId).get(EntryStatus.PENDING);
        if (pending == 0) {
            job.ended(ImportState.COMPLETED, null);
        } else if (status == BatchStatus.STOPPING || status == BatchStatus.STOPPED || job.getState() == ImportState.STOPPING) {
            job.ended(ImportState.STOPPED, null);
        } else {
            job.endedOnError(DeskMessage.of("import.stoppedOnError", job.getEntryCount() - pending, job.getEntryCount()));
        }
        return job.getState();
    }

    public void failed(long jobId, DeskMessage why) {
        imports.get(jobId).ended(ImportState.FAILED, why);
    }

    public List<PendingFile> pending(long jobId) {
        return imports.pending(jobId);
    }

    public Source source(long jobId) {
        var job = imports.get(jobId);
        return new Source(job.getSourceKind(), job.getSourcePath(), job.getSourceName());
    }

    public Long latestExecution(long jobId) {
        return imports.get(jobId).getExecutionId();
    }

    public String startedBy(long jobId) {
        return imports.get(jobId).getStartedBy().getUsername();
    }

    public List<Active> active() {
        return imports.active().stream().map(j -> new Active(j.getId(), j.getExecutionId(), j.getCreatedAt())).toList();
    }

    /** Marks an import cut off by a crash as queued again, whatever state the crash left it in. */
    public void requeueInterrupted(long jobId) {
        var job = imports.get(jobId);
        job.ended(ImportState.FAILED, DeskMessage.of("import.interrupted"));
        job.requeue();
    }
}
