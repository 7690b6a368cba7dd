package org.factdesk.search.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.ZoneId;
import java.util.List;
import org.factdesk.search.control.DeskDocument;
import org.factdesk.search.control.DeskSearch;
import org.factdesk.shared.boundary.BusinessException;
import org.factdesk.shared.boundary.Page;
import org.factdesk.user.entity.Role;

/**
 * Full-text search over the desk's articles, claims and reviews. Who finds what: every member of staff finds
 * articles, claims, and reviews that were handed to the desk (submitted, approved, corrected); a review still in
 * its author's hands (draft, or returned for rework) is found only by its author and by desk chiefs, the same rule
 * as its history. Admins therefore never find other people's drafts.
 */
@Stateless
@RolesAllowed({Role.JOURNALIST_NAME, Role.DESK_CHIEF_NAME, Role.ADMIN_NAME})
public class SearchService {

    public static final int MAX_PAGE_SIZE = 50;

    @Inject
    DeskSearch search;

    @Resource
    SessionContext session;

    public SearchResult search(SearchRequest request, int first, int pageSize) {
        if (request.words() != null && request.words().length() > SearchRequest.WORDS_MAX) {
            throw new BusinessException("search.tooLong", SearchRequest.WORDS_MAX);
        }
        if (request.from() != null && request.to() != null && request.from().isAfter(request.to())) {
            throw new BusinessException("search.daysSwapped");
        }
        var size = Math.max(1, Math.min(Page.clampSize(pageSize), MAX_PAGE_SIZE));
        return search.run(request, audience(), ZoneId.systemDefault(), Math.max(0, first), size);
    }

    private List<String> audience() {
        if (session.isCallerInRole(Role.DESK_CHIEF_NAME)) {
            return null;
        }
        return DeskDocument.readableBy(session.getCallerPrincipal().getName());
    }
}
