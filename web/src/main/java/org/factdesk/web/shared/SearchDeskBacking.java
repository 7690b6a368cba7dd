package org.factdesk.web.shared;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.factdesk.search.boundary.SearchHit;
import org.factdesk.search.boundary.SearchRequest;
import org.factdesk.search.boundary.SearchResult;
import org.factdesk.search.boundary.SearchService;
import org.factdesk.shared.boundary.BusinessException;
import org.omnifaces.util.Messages;

/**
 * /search.xhtml?q=&kind=&outlet=&state=&verdict=&from=&to=&page=: full-text search over the desk. Everything is in
 * the URL, so a search can be bookmarked, shared and paged with plain links; facet links live in {@link SearchLinks}.
 */
@Named
@RequestScoped
public class SearchDeskBacking {

    static final int PAGE_SIZE = 20;

    @Inject
    SearchService search;

    @Inject
    ActiveUser activeUser;

    private final SearchLinks links = new SearchLinks();
    private SearchResult result = SearchResult.none();
    private boolean searched;

    public void load() {
        SearchRequest request;
        try {
            request = new SearchRequest(links.get("q"), links.get("kind"), links.get("outlet"), links.get("state"),
                    links.get("verdict"), date(links.get("from")), date(links.get("to")));
        } catch (DateTimeParseException e) {
            Messages.addGlobalError("search.badDate");
            return;
        }
        if (request.isEmpty()) {
            return;
        }
        try {
            result = search.search(request, getPage() * PAGE_SIZE, PAGE_SIZE);
            searched = true;
        } catch (BusinessException e) {
            Refusals.show(e);
        }
    }

    /** Where a hit opens: the page of the thing found that this user's role may open. */
    public String open(SearchHit hit) {
        var staffWriter = activeUser.isJournalist() || activeUser.isDeskChief();
        return switch (hit.kind()) {
            case "REVIEW" -> activeUser.isDeskChief() ? "approval/review.xhtml?id=" + hit.id()
                    : staffWriter ? "review/claim.xhtml?id=" + hit.claimId() : article(hit);
            case "CLAIM" -> staffWriter ? "review/claim.xhtml?id=" + hit.id() : article(hit);
            default -> article(hit);
        };
    }

    private static String article(SearchHit hit) {
        return "article/view.xhtml?id=" + hit.articleId();
    }

    public int getPage() {
        try {
            return Math.max(0, Integer.parseInt(links.get("page") == null ? "0" : links.get("page")));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    public int getPages() {
        return (int) Math.max(1, (result.total() + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    public SearchLinks getLinks() {
        return links;
    }

    public SearchResult getResult() {
        return result;
    }

    public boolean isSearched() {
        return searched;
    }

    private static LocalDate date(String text) {
        return text == null ? null : LocalDate.parse(text);
    }
}
