package org.factdesk.web.article;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.factdesk.ingest.boundary.AlreadyStoredException;
import org.factdesk.ingest.boundary.IngestLimits;
import org.factdesk.ingest.boundary.IngestRequest;
import org.factdesk.ingest.boundary.IngestResult;
import org.factdesk.ingest.boundary.IngestService;
import org.factdesk.shared.boundary.BusinessException;
import org.factdesk.web.shared.ActiveUser;
import org.factdesk.web.shared.BundleMessages;
import org.factdesk.web.shared.Refusals;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

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
    IngestService ingest;

    @Inject
    ActiveUser activeUser;

    private String outlet;
    private String url;
    private String text;
    /** The client id of the file input in ingest.xhtml. */
    static final String FILES_FIELD = "ingest:files";
    private final List<Outcome> outcomes = new ArrayList<>();

    /** What happened to one document, for the results table. */
    public record Outcome(String label, String status, String message, Long articleId, Long duplicateOfId) implements Serializable {
    }

    public void ingest() {
        outcomes.clear();
        List<Part> uploads;
        try {
            uploads = uploadedFiles();
        } catch (IOException | ServletException e) {
            Messages.addGlobalError("ingest.uploadUnreadable", e.getMessage());
            return;
        }
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
            submitPasted();
        }
        for (var upload : uploads) {
            var name = baseName(upload.getSubmittedFileName());
            try {
                record(name, ingest.ingestFile(outlet, url, name, upload.getSize(), upload.getInputStream()));
            } catch (AlreadyStoredException e) {
                alreadyStored(name, e);
            } catch (BusinessException e) {
                reject(name, Refusals.text(e));
            } catch (IOException e) {
                reject(name, Refusals.text(new BusinessException("ingest.unreadable", name, e.getMessage())));
            }
        }
        var stored = outcomes.stream().filter(o -> o.articleId() != null).count();
        if (stored == outcomes.size()) {
            Messages.addGlobalInfo("ingest.done", stored);
            // the next story comes from another page, often another outlet: nothing of this one may carry over
            text = null;
            outlet = null;
            url = null;
        } else if (stored == 0) {
            Messages.addGlobalError("ingest.noneStored");
        } else {
            Messages.addGlobalWarn("ingest.someStored", stored, outcomes.size());
        }
    }

    private void submitPasted() {
        var label = BundleMessages.text("article.pasted");
        try {
            record(label, ingest.ingest(IngestRequest.pasted(outlet, url, text)));
        } catch (AlreadyStoredException e) {
            alreadyStored(label, e);
        } catch (BusinessException e) {
            reject(label, Refusals.text(e));
            // a refused oversized paste is not kept in the view nor echoed back into the page
            text = null;
        }
    }

    private void record(String label, IngestResult result) {
        outcomes.add(new Outcome(label, result.isDuplicate() ? DUPLICATE : IMPORTED,
                describe(result), result.articleId(), result.duplicateOfId()));
    }

    /** Refused, nothing stored, with a link to the copy the desk already has. */
    private void alreadyStored(String label, AlreadyStoredException e) {
        outcomes.add(new Outcome(label, REJECTED, Refusals.text(e), null, e.storedArticleId()));
    }

    private void reject(String label, String reason) {
        outcomes.add(new Outcome(label, REJECTED, reason, null, null));
    }

    private String describe(IngestResult result) {
        var parts = new ArrayList<String>();
        parts.add(BundleMessages.text("ingest.summary", result.title(), result.claimCount()));
        if (result.isDuplicate()) {
            parts.add(BundleMessages.text("ingest.summary.duplicate", result.duplicateOfTitle(), Math.round(result.similarity() * 100)));
        }
        result.warnings().forEach(w -> parts.add(w.in(activeUser.getLocale())));
        return String.join(" \u00b7 ", parts);
    }

    /**
     * The chosen files, read from the request itself: h:inputFile drops empty files, and an empty file must be
     * refused by name, not silently ignored.
     */
    private static List<Part> uploadedFiles() throws IOException, ServletException {
        return Faces.getRequest().getParts().stream()
                .filter(p -> FILES_FIELD.equals(p.getName()))
                .filter(p -> p.getSubmittedFileName() != null && !p.getSubmittedFileName().isBlank())
                .toList();
    }

    /** Some browsers send the whole client path; only the file's own name means anything here. */
    static String baseName(String submitted) {
        return submitted.substring(Math.max(submitted.lastIndexOf('/'), submitted.lastIndexOf('\\')) + 1);
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

}
