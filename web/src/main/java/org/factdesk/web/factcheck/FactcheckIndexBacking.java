package org.factdesk.web.factcheck;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.factdesk.publication.boundary.PublicIndex;
import org.factdesk.publication.boundary.PublicationService;
import org.omnifaces.util.Faces;

/**
 * /factcheck/index.xhtml?q=&page=: the published fact-checks, newest first, {@value #PAGE_SIZE} to a page, or those
 * whose headline or checked claims contain every word searched for. Paging and search are plain links and a GET form,
 * so every page of the index has an address of its own.
 */
@Named
@RequestScoped
public class FactcheckIndexBacking {

    static final int PAGE_SIZE = 20;

    @Inject
    PublicationService publications;

    private String q;
    private int page = 1;
    private PublicIndex index;
    private SharePreview share;

    public void load() {
        page = Math.max(1, page);
        index = publications.index(q, (page - 1) * PAGE_SIZE, PAGE_SIZE);
        var url = PublicLinks.index() + (index.isSearch() ? "?q=" + java.net.URLEncoder.encode(index.words(),
                java.nio.charset.StandardCharsets.UTF_8) : page > 1 ? "?page=" + page : "");
        share = SharePreviews.ofIndex(index, url, index.newsroom().name(), Faces.getLocale(), PublicLinks.shareImage());
    }

    public int getPages() {
        return (int) Math.max(1, (index.page().total() + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    public boolean isNewer() {
        return page > 1;
    }

    public boolean isOlder() {
        return page < getPages();
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = page;
    }

    public PublicIndex getIndex() {
        return index;
    }

    public SharePreview getShare() {
        return share;
    }
}
