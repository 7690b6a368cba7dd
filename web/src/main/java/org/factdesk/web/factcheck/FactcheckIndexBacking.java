package org.factdesk.web.factcheck;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.factdesk.publication.boundary.PublicationService;
import org.factdesk.publication.boundary.PublishedArticle;

/** /factcheck/index.xhtml: the latest published fact-checks, for everyone. */
@Named
@RequestScoped
public class FactcheckIndexBacking {

    static final int LATEST = 50;

    @Inject
    PublicationService publications;

    private List<PublishedArticle> latest;

    @PostConstruct
    void init() {
        latest = publications.latest(LATEST);
    }

    public List<PublishedArticle> getLatest() {
        return latest;
    }
}
