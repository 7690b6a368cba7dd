package org.factdesk.web.article;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.factdesk.history.boundary.Change;
import org.factdesk.history.boundary.HistoryService;
import org.factdesk.web.shared.BundleMessages;
import org.factdesk.web.shared.StateWords;

/**
 * The audit panel of /article/view.xhtml (WEB-INF/includes/articleChanges.xhtml): every field change to the article,
 * its claims, reviews and evidence, loaded only when the panel is opened.
 */
@Named
@ViewScoped
public class ArticleChangesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    HistoryService history;

    @Inject
    StateWords states;

    private List<Change> changes;

    public void open(long articleId) {
        if (changes == null) {
            changes = history.ofArticle(articleId);
        }
    }

    public List<Change> getChanges() {
        return changes;
    }

    public boolean isLoaded() {
        return changes != null;
    }

    /** A field's value as the reader says it: states, verdicts and kinds of claim in their language. */
    public String shown(String field, String value) {
        if (value == null) {
            return null;
        }
        return switch (field) {
            case "state", "verdict" -> states.of(value);
            case "kind" -> BundleMessages.text("claim.kind." + value);
            default -> value;
        };
    }
}
