package org.factdesk.web.article;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.factdesk.publication.boundary.FactCheckRecord;
import org.factdesk.publication.boundary.FactCheckService;
import org.factdesk.shared.boundary.BusinessException;
import org.factdesk.web.shared.Refusals;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * The publication panel of /article/view.xhtml?id= (WEB-INF/includes/articlePublication.xhtml): the fact-check's
 * state, its corrections, and the desk chief's retraction.
 */
@Named
@ViewScoped
public class ManagePublicationBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    FactCheckService factChecks;

    private long articleId;
    private FactCheckRecord record;
    private String reason;

    @PostConstruct
    void init() {
        try {
            articleId = Long.parseLong(Faces.getRequestParameter("id"));
            record = factChecks.ofArticle(articleId).orElse(null);
        } catch (NumberFormatException e) {
            record = null;
        }
    }

    public String retract() {
        try {
            factChecks.retract(articleId, record.version(), reason);
            Messages.addFlashGlobalInfo("publication.retracted");
            return "/article/view?faces-redirect=true&id=" + articleId;
        } catch (BusinessException e) {
            Refusals.show(e);
            return null;
        }
    }

    public FactCheckRecord getRecord() {
        return record;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
