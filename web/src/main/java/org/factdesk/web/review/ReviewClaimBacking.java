package org.factdesk.web.review;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.factdesk.claim.boundary.ClaimCorrection;
import org.factdesk.claim.boundary.ClaimService;
import org.factdesk.claim.entity.ClaimState;
import org.factdesk.review.boundary.ClaimDetail;
import org.factdesk.review.boundary.ClaimDetailService;
import org.factdesk.review.boundary.ReviewDraft;
import org.factdesk.review.boundary.ReviewService;
import org.factdesk.review.boundary.ReviewView;
import org.factdesk.review.entity.Verdict;
import org.factdesk.shared.boundary.BusinessException;
import org.factdesk.web.shared.ActiveUser;
import org.factdesk.web.shared.NotFound;
import org.factdesk.web.shared.Refusals;
import org.omnifaces.util.Messages;

/**
 * /review/claim.xhtml?id=: a claim highlighted in its article, and the author's review form.
 * On a conflict or a refusal the form keeps what the author typed, so nothing is lost.
 */
@Named
@ViewScoped
public class ReviewClaimBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ClaimDetailService claims;

    @Inject
    ReviewService reviews;

    @Inject
    ClaimService claimWork;

    @Inject
    ActiveUser activeUser;

    @Inject
    DiscussReviewBacking discussion;

    @Inject
    AssignClaimBacking assignment;

    private Long id;
    private ClaimDetail detail;
    private Long reviewId;
    private long reviewVersion;
    private Verdict verdict;
    private String rationale;
    private List<EvidenceRow> evidence = new ArrayList<>();
    private String correctedText;
    private String correctedSpeaker;
    private boolean everySpelling;
    private String dismissalReason;

    public void load() {
        if (id == null) {
            NotFound.respond();
            return;
        }
        try {
            detail = claims.get(id);
        } catch (BusinessException e) {
            NotFound.respond();
            return;
        }
        if (detail.review() != null) {
            fillForm(detail.review());
        }
        correctedText = detail.claim().text();
        correctedSpeaker = detail.claim().speaker();
        var inConversation = detail.review() != null && detail.progress().inConversation();
        discussion.show(inConversation ? detail.review().id() : null);
        if (activeUser.isDeskChief() && detail.assignable()) {
            assignment.show(id);
        }
    }

    public String start() {
        try {
            reviews.start(id);
            return reload();
        } catch (BusinessException e) {
            Refusals.show(e);
            return null;
        }
    }

    public void saveDraft() {
        try {
            reviews.saveDraft(reviewId, reviewVersion, draft());
            detail = claims.get(id);
            reviewVersion = detail.review().version();
            Messages.addGlobalInfo("review.draftSaved");
        } catch (BusinessException e) {
            Refusals.show(e);
        }
    }

    public String submit() {
        try {
            reviews.submit(reviewId, reviewVersion, draft());
            Messages.addFlashGlobalInfo("review.submitted");
            return reload();
        } catch (BusinessException e) {
            Refusals.show(e);
            return null;
        }
    }

    /** Saves the desk's reading of the claim, and tells how many of the article's other claims took the new spelling. */
    public String correct() {
        try {
            var corrected = claimWork.correct(id, detail.claim().version(),
                    new ClaimCorrection(correctedText, correctedSpeaker, everySpelling));
            Messages.addFlashGlobalInfo(corrected.otherClaims() == 0 ? "claim.corrected" : "claim.correctedWithOthers",
                    corrected.otherClaims());
            return reload();
        } catch (BusinessException e) {
            Refusals.show(e);
            return null;
        }
    }

    public String dismiss() {
        try {
            claimWork.dismiss(id, detail.claim().version(), dismissalReason);
            Messages.addFlashGlobalInfo("claim.dismissedInfo");
            return reload();
        } catch (BusinessException e) {
            Refusals.show(e);
            return null;
        }
    }

    public String reinstate() {
        try {
            claimWork.reinstate(id, detail.claim().version());
            Messages.addFlashGlobalInfo("claim.reinstated");
            return reload();
        } catch (BusinessException e) {
            Refusals.show(e);
            return null;
        }
    }

    /** Journalists and desk chiefs correct what the engine found; an admin reads. */
    public boolean isCorrectable() {
        return detail.claim().correction().correctable() && (activeUser.isJournalist() || activeUser.isDeskChief());
    }

    public boolean isDismissable() {
        return detail.claim().correction().dismissable() && (activeUser.isJournalist() || activeUser.isDeskChief());
    }

    public boolean isReinstatable() {
        return detail.claim().state() == ClaimState.DISMISSED && (activeUser.isJournalist() || activeUser.isDeskChief());
    }

    public void addEvidence() {
        evidence.add(new EvidenceRow());
    }

    public void removeEvidence(EvidenceRow row) {
        evidence.remove(row);
        if (evidence.isEmpty()) {
            evidence.add(new EvidenceRow());
        }
    }

    /** The form is open only to the review's author while the review is in their hands. */
    public boolean isEditable() {
        return detail.review() != null && detail.review().editable();
    }

    public boolean isStartable() {
        return detail.startable();
    }

    private void fillForm(ReviewView review) {
        reviewId = review.id();
        reviewVersion = review.version();
        verdict = review.verdict();
        rationale = review.rationale();
        evidence = new ArrayList<>(review.evidence().stream().map(EvidenceRow::of).toList());
        if (evidence.isEmpty()) {
            evidence.add(new EvidenceRow());
        }
    }

    private ReviewDraft draft() {
        return new ReviewDraft(verdict, rationale, evidence.stream().map(EvidenceRow::toSource).toList());
    }

    private String reload() {
        return "/review/claim?faces-redirect=true&id=" + id;
    }

    public Verdict[] getVerdicts() {
        return Verdict.values();
    }

    public org.factdesk.review.entity.EvidenceType[] getEvidenceTypes() {
        return org.factdesk.review.entity.EvidenceType.values();
    }

    public org.factdesk.review.entity.EvidenceStance[] getStances() {
        return org.factdesk.review.entity.EvidenceStance.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ClaimDetail getDetail() {
        return detail;
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

    public List<EvidenceRow> getEvidence() {
        return evidence;
    }

    public String getCorrectedText() {
        return correctedText;
    }

    public void setCorrectedText(String correctedText) {
        this.correctedText = correctedText;
    }

    public String getCorrectedSpeaker() {
        return correctedSpeaker;
    }

    public void setCorrectedSpeaker(String correctedSpeaker) {
        this.correctedSpeaker = correctedSpeaker;
    }

    public boolean isEverySpelling() {
        return everySpelling;
    }

    public void setEverySpelling(boolean everySpelling) {
        this.everySpelling = everySpelling;
    }

    public String getDismissalReason() {
        return dismissalReason;
    }

    public void setDismissalReason(String dismissalReason) {
        this.dismissalReason = dismissalReason;
    }
}
