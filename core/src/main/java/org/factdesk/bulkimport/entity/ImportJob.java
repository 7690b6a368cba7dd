package org.factdesk.bulkimport.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import org.factdesk.shared.boundary.DeskMessage;
import org.factdesk.shared.boundary.IllegalTransitionException;
import org.factdesk.shared.entity.BaseEntity;
import org.factdesk.user.entity.User;

/**
 * One bulk import: a ZIP archive or a server folder of story files, ingested by a batch job under the name of the
 * person who started it. Its state follows the batch job's executions; the files' results are its entries.
 */
@Entity
@Table(name = "import_job")
@NamedQuery(name = "ImportJob.rows",
        query = "select new org.factdesk.bulkimport.boundary.ImportJobRow(j.id, j.sourceKind, j.sourceName,"
                + " j.outletName, j.state, j.entryCount, (select count(e) from ImportEntry e where e.job = j and"
                + " e.status <> :pending), u.displayName, j.createdAt) from ImportJob j join j.startedBy u"
                + " order by j.createdAt desc, j.id desc")
@NamedQuery(name = "ImportJob.count", query = "select count(j) from ImportJob j")
@NamedQuery(name = "ImportJob.inStates", query = "select j from ImportJob j where j.state in :states order by j.id")
public class ImportJob extends BaseEntity {

    @Enumerated(EnumType.STRING)
    @Column(name = "source_kind", nullable = false, length = 20)
    private SourceKind sourceKind;

    /** What the person chose: the archive's file name or the folder below the import root. */
    @Column(name = "source_name", nullable = false, length = 500)
    private String sourceName;

    /** Where the server reads the files from. */
    @Column(name = "source_path", nullable = false, length = 2000)
    private String sourcePath;

    @Column(name = "outlet_name", nullable = false, length = 120)
    private String outletName;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "started_by_id")
    private User startedBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ImportState state = ImportState.QUEUED;

    /** The batch runtime's latest execution of this import; a restart gets a new one. */
    @Column(name = "execution_id")
    private Long executionId;

    @Column(name = "entry_count", nullable = false)
    private int entryCount;

    /** Why the import failed, in English as first written; the key and arguments give it in the reader's language. */
    @Column(length = 1000)
    private String failure;

    @Column(name = "failure_key", length = 100)
    private String failureKey;

    @Column(name = "failure_arguments")
    private String failureArguments;

    protected ImportJob() {
    }

    public ImportJob(SourceKind kind, String sourceName, String sourcePath, String outletName, User startedBy, int entryCount) {
        this.sourceKind = Objects.requireNonNull(kind);
        this.sourceName = Objects.requireNonNull(sourceName);
        this.sourcePath = Objects.requireNonNull(sourcePath);
        this.outletName = Objects.requireNonNull(outletName);
        this.startedBy = Objects.requireNonNull(startedBy);
        this.entryCount = entryCount;
        this.createdAt = Instant.now();
    }

    public void running(long execution) {
        this.executionId = execution;
        this.state = ImportState.RUNNING;
        explainFailure(null);
    }

    public void stopping() {
        if (!state.isActive()) {
            throw new IllegalTransitionException("import.notStoppable", state);
        }
        this.state = ImportState.STOPPING;
    }

    /** Queues a stopped or failed import again; its pending files are picked up where it left off. */
    public void requeue() {
        if (!state.canResume()) {
            throw new IllegalTransitionException("import.notResumable", state);
        }
        this.state = ImportState.QUEUED;
        this.finishedAt = null;
        explainFailure(null);
    }

    /** @param why what went wrong, or null when nothing did */
    public void ended(ImportState outcome, DeskMessage why) {
        this.state = Objects.requireNonNull(outcome);
        explainFailure(why);
        this.finishedAt = Instant.now();
    }

    /** Ends the import as failed, keeping the reason already on record, else giving this one. */
    public void endedOnError(DeskMessage unlessExplained) {
        this.state = ImportState.FAILED;
        if (failure == null) {
            explainFailure(unlessExplained);
        }
        this.finishedAt = Instant.now();
    }

    private void explainFailure(DeskMessage why) {
        var english = why == null ? null : why.in(Locale.ENGLISH);
        this.failure = english == null || english.length() <= 1000 ? english : english.substring(0, 999) + "\u2026";
        this.failureKey = why == null ? null : why.key();
        this.failureArguments = why == null ? null : why.argumentsJson();
    }


    public SourceKind getSourceKind() {
        return sourceKind;
    }

    public String getSourceName() {
        return sourceName;
    }

    public String getSourcePath() {
        return sourcePath;
    }

    public String getOutletName() {
        return outletName;
    }

    public User getStartedBy() {
        return startedBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    public ImportState getState() {
        return state;
    }

    public Long getExecutionId() {
        return executionId;
    }

    public int getEntryCount() {
        return entryCount;
    }

    public String getFailure() {
        return failure;
    }

    public String getFailureKey() {
        return failureKey;
    }

    public String getFailureArguments() {
        return failureArguments;
    }
}
