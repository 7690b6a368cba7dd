package org.factdesk.review.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.factdesk.article.control.ArticleRepository;
import org.factdesk.claim.control.ClaimMatches;
import org.factdesk.claim.control.ClaimRepository;
import org.factdesk.review.control.ReviewRepository;
import org.factdesk.review.entity.Review;
import org.factdesk.user.entity.Role;
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
        article.getOutlet().getName();
        var itsClaims = claims.ofArticle(article);
        itsClaims.forEach(c -> {
            if (c.getAssignee() != null) {
                c.getAssignee().getDisplayName();
            }
        });
        if (article.getDuplicateOf() != null) {
            article.getDuplicateOf().getOutlet().getName();
        }
        if (article.getStory() != null) {
            article.getStory().getLabel();
        }
        var me = session.getCallerPrincipal().getName();
        var chief = session.isCallerInRole(Role.DESK_CHIEF_NAME);
        Map<Long, Review> byClaim = reviews.forArticle(articleId).stream()
                .filter(r -> r.isReadableBy(me, chief))
                .peek(r -> r.getAuthor().getDisplayName())
                .collect(Collectors.toMap(r -> r.getClaim().getId(), Function.identity()));
        return new ArticleDetail(article, itsClaims, byClaim, articles.duplicatesOf(articleId), log.forArticle(articleId),
                strings(article.getRemovedFragments()), article.getWarnings(), articles.sameStory(article),
                matches.conflictingClaims(articleId));
    }

    private static List<String> strings(String jsonArray) {
        try (var reader = Json.createReader(new StringReader(jsonArray))) {
            return reader.readArray().getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
        }
    }
}
