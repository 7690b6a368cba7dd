package org.factdesk.bulkimport.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.operations.BatchRuntimeException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import org.factdesk.bulkimport.control.ImportFolder;
import org.factdesk.bulkimport.control.ImportJobs;
import org.factdesk.bulkimport.control.ImportLauncher;
import org.factdesk.bulkimport.control.ImportRepository;
import org.factdesk.bulkimport.control.RunningImports;
import org.factdesk.bulkimport.control.SourceFile;
import org.factdesk.bulkimport.control.UploadedArchives;
import org.factdesk.bulkimport.control.ZipArchive;
import org.factdesk.bulkimport.entity.EntryStatus;
import org.factdesk.bulkimport.entity.SourceKind;
import org.factdesk.outlet.entity.Outlet;
import org.factdesk.shared.boundary.BusinessException;
import org.factdesk.shared.boundary.DeskMessage;
import org.factdesk.shared.boundary.Page;
import org.factdesk.user.entity.Role;

/**
 * Bulk import: many story files at once, from an uploaded ZIP archive or a folder on the server, ingested by a
 * batch job that reports per file. Starting, stopping and resuming run outside a transaction, because the batch
 * job runs on its own threads and must find the import already committed.
 */
@Stateless
public class ImportService {

    @Inject
    ImportJobs jobs;

    @Inject
    ImportRepository imports;

    @Inject
    ImportLauncher launcher;

    @Inject
    RunningImports running;

    @Resource
    SessionContext session;

    @RolesAllowed({Role.JOURNALIST_NAME, Role.DESK_CHIEF_NAME})
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public long startFromZip(String outlet, String fileName, InputStream content) {
        var outletName = requireOutlet(outlet);
        var archive = UploadedArchives.store(content, fileName);
        try {
            List<SourceFile> files;
            try (var zip = ZipArchive.open(archive, fileName)) {
                files = zip.files(fileName);
            }
            return launch(jobs.create(SourceKind.ZIP, fileName.strip(), archive.toString(), outletName, caller(), files));
        } catch (RuntimeException e) {
            UploadedArchives.discard(archive);
            throw e;
        }
    }

    /** @param folder a folder below the import root, as a relative path */
    @RolesAllowed({Role.DESK_CHIEF_NAME, Role.ADMIN_NAME})
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public long startFromFolder(String outlet, String folder) {
        var outletName = requireOutlet(outlet);
        Path real = ImportFolder.resolve(ImportFolder.root(), folder);
        var label = folder.strip();
        return launch(jobs.create(SourceKind.FOLDER, label, real.toString(), outletName, caller(), ImportFolder.files(real, label)));
    }

    @RolesAllowed({Role.JOURNALIST_NAME, Role.DESK_CHIEF_NAME, Role.ADMIN_NAME})
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void stop(long jobId) {
        requireMayControl(jobId);
        var execution = jobs.stopping(jobId);
        if (execution != null) {
            launcher.stop(execution);
        }
    }

    /** Continues a stopped or failed import with its files that have no result yet. */
    @RolesAllowed({Role.JOURNALIST_NAME, Role.DESK_CHIEF_NAME, Role.ADMIN_NAME})
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void resume(long jobId) {
        requireMayControl(jobId);
        if (running.isRunningHere(jobs.latestExecution(jobId))) {
            throw new BusinessException("import.stillFinishing");
        }
        var execution = jobs.requeue(jobId);
        try {
            if (execution == null) {
                launcher.start(jobId);
            } else {
                launcher.restart(execution, jobId);
            }
        } catch (BatchRuntimeException e) {
            var refusal = new BusinessException("import.notResumed", e.getMessage());
            jobs.failed(jobId, DeskMessage.of(refusal));
            throw refusal;
        }
    }

    @RolesAllowed({Role.JOURNALIST_NAME, Role.DESK_CHIEF_NAME, Role.ADMIN_NAME})
    public ImportProgress progress(long jobId) {
        var job = imports.get(jobId);
        var counts = imports.countByStatus(jobId);
        return new ImportProgress(job.getId(), job.getVersion(), job.getSourceKind(), job.getSourceName(), job.getOutletName(),
                job.getState(), job.getEntryCount(), counts.get(EntryStatus.IMPORTED), counts.get(EntryStatus.DUPLICATE),
                counts.get(EntryStatus.REJECTED), job.getStartedBy().getDisplayName(), job.getCreatedAt(), job.getFinishedAt(),
                job.getFailure(), job.getFailureKey(), job.getFailureArguments());
    }

    @RolesAllowed({Role.JOURNALIST_NAME, Role.DESK_CHIEF_NAME, Role.ADMIN_NAME})
    public Page<ImportEntryRow> entries(long jobId, int first, int pageSize) {
        return new Page<>(imports.entries(jobId, Math.max(0, first), Page.clampSize(pageSize)), imports.countEntries(jobId));
    }

    @RolesAllowed({Role.JOURNALIST_NAME, Role.DESK_CHIEF_NAME, Role.ADMIN_NAME})
    public Page<ImportJobRow> list(int first, int pageSize) {
        return new Page<>(imports.jobs(Math.max(0, first), Page.clampSize(pageSize)), imports.countJobs());
    }

    /** Where admins put folders for import on this server. */
    @RolesAllowed({Role.DESK_CHIEF_NAME, Role.ADMIN_NAME})
    public String importRoot() {
        return ImportFolder.root().toString();
    }

    private long launch(long jobId) {
        try {
            launcher.start(jobId);
            return jobId;
        } catch (BatchRuntimeException e) {
            var refusal = new BusinessException("import.notStarted", e.getMessage());
            jobs.failed(jobId, DeskMessage.of(refusal));
            throw refusal;
        }
    }

    /** Whoever started an import may stop or resume it; desk chiefs and admins may for any import. */
    private void requireMayControl(long jobId) {
        if (session.isCallerInRole(Role.DESK_CHIEF_NAME) || session.isCallerInRole(Role.ADMIN_NAME)) {
            return;
        }
        if (!jobs.startedBy(jobId).equals(caller())) {
            throw new BusinessException("import.notYours");
        }
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }

    private static String requireOutlet(String outlet) {
        var name = outlet == null ? "" : outlet.strip();
        if (name.isEmpty()) {
            throw new BusinessException("import.outletMissing");
        }
        if (name.length() > Outlet.NAME_MAX) {
            throw new BusinessException("outlet.nameTooLong", Outlet.NAME_MAX);
        }
        return name;
    }
}
