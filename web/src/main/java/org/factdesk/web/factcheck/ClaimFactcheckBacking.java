package org.factdesk.web.factcheck;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.factdesk.publication.boundary.ClaimReviewJsonLd;
import org.factdesk.publication.boundary.PublicClaimPage;
import org.factdesk.publication.boundary.PublicCorrection;
import org.factdesk.publication.boundary.PublicationService;
import org.factdesk.publication.boundary.PublishedClaim;
import org.factdesk.publication.boundary.RetractionNotice;
import org.factdesk.shared.boundary.ScriptJson;
import org.factdesk.web.shared.NotFound;
import org.factdesk.web.shared.VerdictLabels;
import org.omnifaces.util.Faces;

/**
 * /factcheck/claim.xhtml?id=: one claim's public fact-check, with its corrections, its preview for search engines
 * and social networks, and its single ClaimReview signed by the newsroom. A retracted fact-check keeps its address
 * and answers with the retraction notice and no ClaimReview at all: schema.org has no "retracted" rating, and
 * markup that still asserts the withdrawn verdict would keep it in search engines' fact-check results.
 */
@Named
@RequestScoped
public class ClaimFactcheckBacking {

    @Inject
    PublicationService publications;

    @Inject
    VerdictLabels verdictLabels;

    private Long id;
    private PublicClaimPage page;
    private SharePreview share;
    private String jsonLd;

    public void load() {
        page = id == null ? null : publications.claimPage(id).orElse(null);
        if (page == null) {
            NotFound.respond();
            return;
        }
        var newsroom = page.newsroom();
        if (page.isRetracted()) {
            share = SharePreviews.ofRetraction(page.retraction(), PublicLinks.claim(id), newsroom.name(), Faces.getLocale(),
                    PublicLinks.shareImage());
            return;
        }
        var claim = page.claim();
        var label = verdictLabels.of(claim.verdict());
        share = SharePreviews.ofClaim(claim, label, newsroom.name(), Faces.getLocale(), PublicLinks.shareImage());
        jsonLd = ScriptJson.of(ClaimReviewJsonLd.of(claim, label, PublicLinks.claim(claim.claimId()), PublicLinks.author(newsroom)));
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public PublicClaimPage getPage() {
        return page;
    }

    public PublishedClaim getClaim() {
        return page == null ? null : page.claim();
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

    public String getJsonLd() {
        return jsonLd;
    }
}
