package org.factdesk.web.article;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import org.factdesk.bulkimport.boundary.ImportEntryRow;
import org.factdesk.bulkimport.boundary.ImportJobRow;
import org.factdesk.bulkimport.boundary.ImportProgress;
import org.factdesk.bulkimport.boundary.ImportService;
import org.factdesk.bulkimport.boundary.ImportLimits;
import org.factdesk.shared.boundary.BusinessException;
import org.factdesk.shared.boundary.NotFoundException;
import org.factdesk.web.shared.ActiveUser;
import org.factdesk.web.shared.NotFound;
import org.factdesk.web.shared.PagedRows;
import org.factdesk.web.shared.Refusals;
import org.omnifaces.util.Messages;
import jakarta.servlet.http.Part;

/**
 * /article/import.xhtml: start a bulk import from a ZIP archive or a server folder; with {@code ?job=} it shows that
 * import's progress, polled while it runs, and its per-file results.
 */
@Named
@ViewScoped
public class ImportArticlesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ImportService imports;

    @Inject
    ActiveUser user;

    private Long job;
    private String importRoot;
    private ImportProgress progress;
    private String outlet;
    private String folder;
    private transient Part archive;
    private PagedRows<ImportEntryRow> results;
    private PagedRows<ImportJobRow> recent;

    @PostConstruct
    void init() {
        recent = new PagedRows<>(imports::list, row -> Long.toString(row.id()));
        results = new PagedRows<>((first, size) -> imports.entries(job, first, size), row -> Long.toString(row.id()));
        if (user.isDeskChief() || user.isAdmin()) {
            importRoot = imports.importRoot();
        }
    }

    public void load() {
        if (job == null) {
            return;
        }
        try {
            progress = imports.progress(job);
        } catch (NotFoundException e) {
            NotFound.respond();
        }
    }

    public void refresh() {
        progress = imports.progress(job);
    }

    public String importArchive() {
        if (archive == null || archive.getSubmittedFileName() == null || archive.getSubmittedFileName().isBlank()) {
            Messages.addGlobalError("import.noArchive");
            return null;
        }
        try (var in = archive.getInputStream()) {
            return started(imports.startFromZip(outlet, IngestArticleBacking.baseName(archive.getSubmittedFileName()), in));
        } catch (BusinessException e) {
            Refusals.show(e);
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String importFolder() {
        try {
            return started(imports.startFromFolder(outlet, folder));
        } catch (BusinessException e) {
            Refusals.show(e);
            return null;
        }
    }

    public void stop() {
        control(() -> imports.stop(job), "import.stopRequested");
    }

    public void resume() {
        control(() -> imports.resume(job), "import.resumed");
    }

    private void control(Runnable action, String doneKey) {
        try {
            action.run();
            Messages.addGlobalInfo(doneKey);
        } catch (BusinessException e) {
            Refusals.show(e);
        }
        refresh();
    }

    private static String started(long jobId) {
        return "/article/import?faces-redirect=true&job=" + jobId;
    }

    public String getMaxArchive() {
        return ImportLimits.MAX_ARCHIVE_LABEL;
    }

    public long getMaxArchiveBytes() {
        return ImportLimits.MAX_ARCHIVE_BYTES;
    }

    public int getMaxFiles() {
        return ImportLimits.MAX_FILES;
    }

    public String getImportRoot() {
        return importRoot;
    }

    public ImportProgress getProgress() {
        return progress;
    }

    public PagedRows<ImportEntryRow> getResults() {
        return results;
    }

    public PagedRows<ImportJobRow> getRecent() {
        return recent;
    }

    public Long getJob() {
        return job;
    }

    public void setJob(Long job) {
        this.job = job;
    }

    public String getOutlet() {
        return outlet;
    }

    public void setOutlet(String outlet) {
        this.outlet = outlet;
    }

    public String getFolder() {
        return folder;
    }

    public void setFolder(String folder) {
        this.folder = folder;
    }

    public Part getArchive() {
        return archive;
    }

    public void setArchive(Part archive) {
        this.archive = archive;
    }
}
