package org.factdesk.web.factcheck;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.factdesk.publication.boundary.PublicationService;
import org.factdesk.publication.boundary.PublishedClaim;
import org.factdesk.publication.control.ClaimReviewJsonLd;
import org.factdesk.web.shared.NotFound;
import org.factdesk.web.shared.VerdictLabels;

/** /factcheck/claim.xhtml?id=: one claim's public fact-check, with its single ClaimReview for search engines. */
@Named
@RequestScoped
public class ClaimFactcheckBacking {

    @Inject
    PublicationService publications;

    @Inject
    VerdictLabels verdictLabels;

    private Long id;
    private PublishedClaim claim;
    private String jsonLd;

    public void load() {
        claim = id == null ? null : publications.claim(id).orElse(null);
        if (claim == null) {
            NotFound.respond();
            return;
        }
        jsonLd = ClaimReviewJsonLd.forScriptElement(ClaimReviewJsonLd.of(claim, verdictLabels.of(claim.verdict()), PublicLinks.claim(claim.claimId()),
                PublicLinks.ORGANISATION, PublicLinks.base()));
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public PublishedClaim getClaim() {
        return claim;
    }

    public String getJsonLd() {
        return jsonLd;
    }
}
