package org.factdesk.web.approval;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.factdesk.publication.boundary.CorrectableClaim;
import org.factdesk.publication.boundary.FactCheckService;
import org.factdesk.review.entity.Verdict;
import org.factdesk.shared.boundary.BusinessException;
import org.factdesk.web.shared.NotFound;
import org.factdesk.web.shared.Refusals;
import org.omnifaces.util.Messages;

/**
 * /approval/correct.xhtml?id=: a desk chief corrects the published verdict or rationale of a claim, with a note that
 * readers see. A refused correction keeps what was typed.
 */
@Named
@ViewScoped
public class CorrectFactcheckBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    FactCheckService factChecks;

    private Long id;
    private CorrectableClaim claim;
    private Verdict verdict;
    private String rationale;
    private String note;

    public void load() {
        if (id == null) {
            NotFound.respond();
            return;
        }
        try {
            claim = factChecks.correctable(id);
        } catch (BusinessException e) {
            NotFound.respond();
            return;
        }
        verdict = claim.verdict();
        rationale = claim.rationale();
    }

    public String correct() {
        try {
            factChecks.correct(id, claim.reviewVersion(), verdict, rationale, note);
            Messages.addFlashGlobalInfo("correction.saved");
            return "/article/view?faces-redirect=true&id=" + claim.articleId();
        } catch (BusinessException e) {
            Refusals.show(e);
            return null;
        }
    }

    public Verdict[] getVerdicts() {
        return Verdict.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public CorrectableClaim getClaim() {
        return claim;
    }

    public Verdict getVerdict() {
        return verdict;
    }

    public void setVerdict(Verdict verdict) {
        this.verdict = verdict;
    }

    public String getRationale() {
        return rationale;
    }

    public void setRationale(String rationale) {
        this.rationale = rationale;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
