package org.factdesk.web.factcheck;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.factdesk.publication.boundary.PublicationService;
import org.factdesk.publication.boundary.PublishedArticle;
import org.factdesk.web.shared.NotFound;

/** /factcheck/article.xhtml?id=: the public fact-check of an article, listing its claims and verdicts. */
@Named
@RequestScoped
public class ArticleFactcheckBacking {

    @Inject
    PublicationService publications;

    private Long id;
    private PublishedArticle article;

    public void load() {
        article = id == null ? null : publications.article(id).orElse(null);
        if (article == null) {
            NotFound.respond();
        }
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
}
