package org.factdesk.web.factcheck;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.factdesk.publication.boundary.PublicArticlePage;
import org.factdesk.publication.boundary.PublicCorrection;
import org.factdesk.publication.boundary.PublicationService;
import org.factdesk.publication.boundary.PublishedArticle;
import org.factdesk.publication.boundary.RetractionNotice;
import org.factdesk.web.shared.NotFound;
import org.factdesk.web.shared.VerdictLabels;
import org.omnifaces.util.Faces;

/**
 * /factcheck/article.xhtml?id=: the public fact-check of an article, listing its claims, verdicts and corrections,
 * with its preview for search engines and social networks; after a retraction, the retraction notice at the same
 * address.
 */
@Named
@RequestScoped
public class ArticleFactcheckBacking {

    @Inject
    PublicationService publications;

    @Inject
    VerdictLabels verdictLabels;

    private Long id;
    private PublicArticlePage page;
    private SharePreview share;

    public void load() {
        page = id == null ? null : publications.articlePage(id).orElse(null);
        if (page == null) {
            NotFound.respond();
            return;
        }
        var siteName = page.newsroom().name();
        share = page.isRetracted()
                ? SharePreviews.ofRetraction(page.retraction(), PublicLinks.article(id), siteName, Faces.getLocale(), PublicLinks.shareImage())
                : SharePreviews.ofArticle(page.article(), verdictLabels::of, siteName, Faces.getLocale(), PublicLinks.shareImage());
    }

    public boolean isCorrected(long claimId) {
        return page.isCorrected(claimId);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public PublicArticlePage getPage() {
        return page;
    }

    public PublishedArticle getArticle() {
        return page == null ? null : page.article();
    }

    public RetractionNotice getRetraction() {
        return page == null ? null : page.retraction();
    }

    public List<PublicCorrection> getCorrections() {
        return page == null ? List.of() : page.corrections();
    }

    public SharePreview getShare() {
        return share;
    }
}
