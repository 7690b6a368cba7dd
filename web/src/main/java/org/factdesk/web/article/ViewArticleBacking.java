package org.factdesk.web.article;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.factdesk.article.boundary.ArticleService;
import org.factdesk.ingest.boundary.IngestService;
import org.factdesk.publication.boundary.FactCheckService;
import org.factdesk.review.boundary.ArticleDetail;
import org.factdesk.review.boundary.ArticleDetailService;
import org.factdesk.review.boundary.ReviewView;
import org.factdesk.shared.boundary.BusinessException;
import org.factdesk.web.shared.ActiveUser;
import org.factdesk.web.shared.NotFound;
import org.factdesk.web.shared.Refusals;
import org.omnifaces.util.Messages;

/** /article/view.xhtml?id=: an article with its claims, state, duplicate link and history; desk chiefs publish here. */
@Named
@ViewScoped
public class ViewArticleBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ArticleService articles;

    @Inject
    ArticleDetailService details;

    @Inject
    IngestService ingest;

    @Inject
    FactCheckService factChecks;

    @Inject
    ActiveUser activeUser;

    private Long id;
    private ArticleDetail detail;
    private String archiveReason;
    private java.time.LocalDateTime dueAt;
    private String headline;
    private String primarySourceWaiver;
    private String newClaimWords;
    private int newClaimNear = -1;
    private String newClaimSpeaker;

    public void load() {
        if (id == null) {
            NotFound.respond();
            return;
        }
        try {
            detail = details.get(id);
            var due = detail.article().dueAt();
            dueAt = due == null ? null : java.time.LocalDateTime.ofInstant(due, java.time.ZoneId.systemDefault());
            headline = detail.article().title();
        } catch (BusinessException e) {
            NotFound.respond();
        }
    }

    public String restore(String fragment) {
        try {
            ingest.restore(id, detail.article().version(), fragment);
            Messages.addFlashGlobalInfo("article.restored");
            return "/article/view?faces-redirect=true&includeViewParams=true";
        } catch (BusinessException e) {
            Refusals.show(e);
            return null;
        }
    }

    /** Adds the words the desk marked in the text as a claim, and opens it. */
    public String addClaim() {
        try {
            var claimId = ingest.addClaim(id, detail.article().version(), newClaimWords, newClaimNear, newClaimSpeaker);
            Messages.addFlashGlobalInfo("claim.added");
            return "/review/claim?faces-redirect=true&id=" + claimId;
        } catch (BusinessException e) {
            Refusals.show(e);
            return null;
        }
    }

    /** Journalists and desk chiefs add claims the engine missed, while the article is open for review. */
    public boolean isClaimAddable() {
        return (activeUser.isJournalist() || activeUser.isDeskChief()) && detail.article().state().isOpenForReview();
    }

    /** The speakers the article's claims name, each once, for the new claim's speaker field. */
    public java.util.List<String> getSpeakers() {
        return detail.claims().stream().map(org.factdesk.review.boundary.ClaimView::speaker)
                .filter(java.util.Objects::nonNull).distinct().sorted().toList();
    }

    public String getPrimarySourceWaiver() {
        return primarySourceWaiver;
    }

    public void setPrimarySourceWaiver(String primarySourceWaiver) {
        this.primarySourceWaiver = primarySourceWaiver;
    }

    public String getNewClaimWords() {
        return newClaimWords;
    }

    public void setNewClaimWords(String newClaimWords) {
        this.newClaimWords = newClaimWords;
    }

    public int getNewClaimNear() {
        return newClaimNear;
    }

    public void setNewClaimNear(int newClaimNear) {
        this.newClaimNear = newClaimNear;
    }

    public String getNewClaimSpeaker() {
        return newClaimSpeaker;
    }

    public void setNewClaimSpeaker(String newClaimSpeaker) {
        this.newClaimSpeaker = newClaimSpeaker;
    }

    public String reschedule() {
        try {
            articles.reschedule(id, detail.article().version(),
                    dueAt == null ? null : dueAt.atZone(java.time.ZoneId.systemDefault()).toInstant());
            Messages.addFlashGlobalInfo("article.rescheduled");
            return "/article/view?faces-redirect=true&includeViewParams=true";
        } catch (BusinessException e) {
            Refusals.show(e);
            return null;
        }
    }

    /** The headline readers will see; refused by the article once its fact-check is published. */
    public String editHeadline() {
        try {
            articles.editHeadline(id, detail.article().version(), headline);
            Messages.addFlashGlobalInfo("article.headlineSaved");
            return "/article/view?faces-redirect=true&includeViewParams=true";
        } catch (BusinessException e) {
            Refusals.show(e);
            return null;
        }
    }

    public String getHeadline() {
        return headline;
    }

    public void setHeadline(String headline) {
        this.headline = headline;
    }

    public java.time.LocalDateTime getDueAt() {
        return dueAt;
    }

    public void setDueAt(java.time.LocalDateTime dueAt) {
        this.dueAt = dueAt;
    }

    public String publish() {
        try {
            factChecks.publish(id, detail.article().version(), primarySourceWaiver);
            Messages.addFlashGlobalInfo("article.published");
            return "/article/view?faces-redirect=true&includeViewParams=true";
        } catch (BusinessException e) {
            Refusals.show(e);
            return null;
        }
    }

    public String archive() {
        try {
            articles.archive(id, detail.article().version(), archiveReason);
            Messages.addFlashGlobalInfo("article.archived");
            return "/article/view?faces-redirect=true&includeViewParams=true";
        } catch (BusinessException e) {
            Refusals.show(e);
            return null;
        }
    }

    public boolean isPublishable() {
        return detail.article().publishable();
    }

    public boolean isArchivable() {
        return detail.article().archivable();
    }

    public boolean isPublished() {
        return detail.article().published();
    }

    public ReviewView reviewOf(long claimId) {
        return detail.reviewsByClaim().get(claimId);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ArticleDetail getDetail() {
        return detail;
    }

    public String getArchiveReason() {
        return archiveReason;
    }

    public void setArchiveReason(String archiveReason) {
        this.archiveReason = archiveReason;
    }
}
