package org.factdesk.web.article;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.factdesk.article.boundary.ArticleService;
import org.factdesk.article.boundary.IngestRequest;
import org.factdesk.article.boundary.IngestResult;
import org.factdesk.article.control.IngestLimits;
import org.factdesk.article.control.SourceDecoder;
import org.factdesk.shared.boundary.BusinessException;
import org.omnifaces.util.Messages;
import org.primefaces.model.file.UploadedFile;
import org.primefaces.model.file.UploadedFiles;

/**
 * /article/ingest.xhtml: paste a story or upload files. Each document is ingested on its own, so one bad file
 * is refused with its reason while the others are stored.
 */
@Named
@ViewScoped
public class IngestArticleBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String IMPORTED = "IMPORTED";
    static final String DUPLICATE = "DUPLICATE";
    static final String REJECTED = "REJECTED";

    @Inject
    ArticleService articles;

    private String outlet;
    private String url;
    private String text;
    private transient UploadedFiles files;
    private final List<Outcome> outcomes = new ArrayList<>();

    /** What happened to one document, for the results table. */
    public record Outcome(String label, String status, String message, Long articleId, Long duplicateOfId) implements Serializable {
    }

    public void ingest() {
        outcomes.clear();
        var uploads = files == null ? List.<UploadedFile>of() : files.getFiles().stream()
                .filter(f -> f.getFileName() != null && !f.getFileName().isBlank()).toList();
        var pasted = text != null && !text.isBlank();
        if (!pasted && uploads.isEmpty()) {
            Messages.addGlobalError("ingest.nothing");
            return;
        }
        if (uploads.size() > IngestLimits.MAX_FILES_PER_UPLOAD) {
            Messages.addGlobalError("ingest.tooManyFiles", IngestLimits.MAX_FILES_PER_UPLOAD);
            return;
        }
        if (pasted) {
            submit(IngestRequest.pasted(outlet, url, text));
        }
        for (var upload : uploads) {
            try {
                submit(request(upload));
            } catch (BusinessException e) {
                outcomes.add(new Outcome(upload.getFileName(), REJECTED, e.getMessage(), null, null));
            }
        }
        var stored = outcomes.stream().filter(o -> o.articleId() != null).count();
        if (stored == outcomes.size()) {
            Messages.addGlobalInfo("ingest.done", stored);
            text = null;
        } else if (stored == 0) {
            Messages.addGlobalError("ingest.noneStored");
        } else {
            Messages.addGlobalWarn("ingest.someStored", stored, outcomes.size());
        }
    }

    private IngestRequest request(UploadedFile upload) {
        var name = upload.getFileName();
        SourceDecoder.requireSupportedName(name);
        // Checked before reading, so a huge upload is never pulled into memory.
        SourceDecoder.requireSize(upload.getSize(), name);
        try (var in = upload.getInputStream()) {
            return new IngestRequest(outlet, url, name, in.readAllBytes());
        } catch (IOException e) {
            throw new BusinessException(name + " could not be read: " + e.getMessage());
        }
    }

    private void submit(IngestRequest request) {
        try {
            IngestResult result = articles.ingest(request);
            outcomes.add(new Outcome(result.label(), result.isDuplicate() ? DUPLICATE : IMPORTED,
                    describe(result), result.articleId(), result.duplicateOfId()));
        } catch (BusinessException e) {
            outcomes.add(new Outcome(request.label(), REJECTED, e.getMessage(), null, null));
        }
    }

    private static String describe(IngestResult result) {
        var text = new StringBuilder(result.title()).append(" · ").append(result.claimCount()).append(" claims");
        if (result.isDuplicate()) {
            text.append(" · near-duplicate of \"").append(result.duplicateOfTitle()).append("\" (")
                    .append(Math.round(result.similarity() * 100)).append("% similar)");
        }
        result.warnings().forEach(w -> text.append(" · ").append(w));
        return text.toString();
    }

    public String getMaxSize() {
        return IngestLimits.MAX_SIZE_LABEL;
    }

    public List<Outcome> getOutcomes() {
        return outcomes;
    }

    public String getOutlet() {
        return outlet;
    }

    public void setOutlet(String outlet) {
        this.outlet = outlet;
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public UploadedFiles getFiles() {
        return files;
    }

    public void setFiles(UploadedFiles files) {
        this.files = files;
    }
}
