package org.factdesk.review.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.factdesk.article.control.ArticleRepository;
import org.factdesk.claim.control.ArticleWorkflow;
import org.factdesk.claim.control.ClaimMatches;
import org.factdesk.claim.control.ClaimRepository;
import org.factdesk.review.control.ReviewRepository;
import org.factdesk.user.entity.Role;
import org.factdesk.workflow.boundary.HistoryEntry;
import org.factdesk.workflow.control.EventLog;

/** The article page: an article with its claims and the reviews of them the reader may read, in one call. */
@Stateless
@RolesAllowed({Role.JOURNALIST_NAME, Role.DESK_CHIEF_NAME, Role.ADMIN_NAME})
public class ArticleDetailService {

    @Inject
    ArticleRepository articles;

    @Inject
    ClaimRepository claims;

    @Inject
    ReviewRepository reviews;

    @Inject
    EventLog log;

    @Inject
    ClaimMatches matches;

    @Resource
    SessionContext session;

    public ArticleDetail get(long articleId) {
        var article = articles.get(articleId);
        var itsClaims = claims.ofArticle(article);
        var me = session.getCallerPrincipal().getName();
        var chief = session.isCallerInRole(Role.DESK_CHIEF_NAME);
        Map<Long, ReviewView> byClaim = reviews.forArticle(articleId).stream()
                .filter(r -> r.isReadableBy(me, chief))
                .collect(Collectors.toMap(r -> r.getClaim().getId(), r -> ReviewView.of(r, me)));
        return new ArticleDetail(ArticleView.of(article), itsClaims.stream().map(ClaimView::of).toList(), byClaim,
                articles.duplicatesOf(articleId), log.forArticle(articleId).stream().map(HistoryEntry::of).toList(),
                article.getRemovedLines().stream().map(CutLineView::of).toList(), article.getWarnings(), articles.sameStory(article),
                matches.conflictingClaims(articleId), ArticleWorkflow.isUntouched(article, itsClaims));
    }
}
