package org.factdesk.web.factcheck;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.factdesk.publication.boundary.PublicCorrection;
import org.factdesk.publication.boundary.PublicationService;
import org.factdesk.publication.boundary.PublishedClaim;
import org.factdesk.publication.boundary.RetractionNotice;
import org.factdesk.publication.boundary.ClaimReviewJsonLd;
import org.factdesk.shared.boundary.ScriptJson;
import org.factdesk.web.shared.NotFound;
import org.factdesk.web.shared.VerdictLabels;

/**
 * /factcheck/claim.xhtml?id=: one claim's public fact-check, with its corrections and its single ClaimReview for
 * search engines. A retracted fact-check keeps its address and answers with the retraction notice and no
 * ClaimReview at all: schema.org has no "retracted" rating, and markup that still asserts the withdrawn verdict
 * would keep it in search engines' fact-check results.
 */
@Named
@RequestScoped
public class ClaimFactcheckBacking {

    @Inject
    PublicationService publications;

    @Inject
    VerdictLabels verdictLabels;

    private Long id;
    private PublishedClaim claim;
    private RetractionNotice retraction;
    private List<PublicCorrection> corrections = List.of();
    private String jsonLd;

    public void load() {
        claim = id == null ? null : publications.claim(id).orElse(null);
        if (claim == null) {
            retraction = id == null ? null : publications.retractionOfClaim(id).orElse(null);
            if (retraction == null) {
                NotFound.respond();
            }
            return;
        }
        corrections = publications.corrections(claim.articleId()).stream().filter(c -> c.claimId() == claim.claimId()).toList();
        jsonLd = ScriptJson.of(ClaimReviewJsonLd.of(claim, verdictLabels.of(claim.verdict()), PublicLinks.claim(claim.claimId()),
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

    public RetractionNotice getRetraction() {
        return retraction;
    }

    public List<PublicCorrection> getCorrections() {
        return corrections;
    }

    public String getJsonLd() {
        return jsonLd;
    }
}
