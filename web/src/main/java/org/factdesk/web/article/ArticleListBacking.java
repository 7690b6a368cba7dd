package org.factdesk.web.article;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.factdesk.article.boundary.ArticleFilter;
import org.factdesk.article.boundary.ArticleRow;
import org.factdesk.article.boundary.ArticleService;
import org.factdesk.article.entity.ArticleState;
import org.factdesk.outlet.boundary.OutletName;
import org.factdesk.web.shared.PagedRows;

/** /article/list.xhtml: every article, filtered by state and outlet; the filter lives in the URL. */
@Named
@ViewScoped
public class ArticleListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ArticleService articles;

    private ArticleState state;
    private Long outletId;
    private List<OutletName> outlets;
    private PagedRows<ArticleRow> rows;

    @PostConstruct
    void init() {
        outlets = articles.outlets();
        rows = new PagedRows<>((first, size) -> articles.list(new ArticleFilter(state, outletId), first, size),
                row -> Long.toString(row.id()));
    }

    public String filter() {
        return "/article/list?faces-redirect=true&includeViewParams=true";
    }

    public ArticleState[] getStates() {
        return ArticleState.values();
    }

    public List<OutletName> getOutlets() {
        return outlets;
    }

    public PagedRows<ArticleRow> getRows() {
        return rows;
    }

    public ArticleState getState() {
        return state;
    }

    public void setState(ArticleState state) {
        this.state = state;
    }

    public Long getOutletId() {
        return outletId;
    }

    public void setOutletId(Long outletId) {
        this.outletId = outletId;
    }
}
