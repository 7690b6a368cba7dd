package org.factdesk.web.factcheck;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.factdesk.publication.boundary.PublicCorrection;
import org.factdesk.publication.boundary.PublicationService;
import org.factdesk.publication.boundary.PublishedArticle;
import org.factdesk.publication.boundary.RetractionNotice;
import org.factdesk.web.shared.NotFound;

/**
 * /factcheck/article.xhtml?id=: the public fact-check of an article, listing its claims, verdicts and corrections;
 * after a retraction, the retraction notice at the same address.
 */
@Named
@RequestScoped
public class ArticleFactcheckBacking {

    @Inject
    PublicationService publications;

    private Long id;
    private PublishedArticle article;
    private RetractionNotice retraction;
    private List<PublicCorrection> corrections = List.of();

    public void load() {
        article = id == null ? null : publications.article(id).orElse(null);
        if (article == null) {
            retraction = id == null ? null : publications.retraction(id).orElse(null);
            if (retraction == null) {
                NotFound.respond();
            }
            return;
        }
        corrections = publications.corrections(id);
    }

    public boolean isCorrected(long claimId) {
        return corrections.stream().anyMatch(c -> c.claimId() == claimId);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public PublishedArticle getArticle() {
        return article;
    }

    public RetractionNotice getRetraction() {
        return retraction;
    }

    public List<PublicCorrection> getCorrections() {
        return corrections;
    }
}
