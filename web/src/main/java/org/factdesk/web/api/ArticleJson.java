package org.factdesk.web.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.factdesk.article.entity.Article;
import org.factdesk.article.entity.ArticleLink;
import org.factdesk.review.boundary.ArticleDetail;

/** An article as stored: metadata, the cleaned text its claims point into, and its claims. */
@Schema(name = "Article")
public record ArticleJson(long id, long version, String title, String outlet, String url, String byline, String dateline,
                          LocalDate publishedOn, String sourceName, String state, Instant ingestedAt, Instant dueAt,
                          Long duplicateOfId, Double duplicateSimilarity, List<Long> duplicateIds, String agencies,
                          List<String> warnings,
                          @Schema(description = "The text after cleaning; claim offsets point into it") String cleanedText,
                          List<ClaimRowJson> claims) {

    /** @param language the language the engine's warnings are written in */
    static ArticleJson of(ArticleDetail detail, Locale language) {
        Article a = detail.article();
        var claims = detail.claims().stream().map(c -> ClaimRowJson.of(c, detail.reviewsByClaim().get(c.getId()))).toList();
        return new ArticleJson(a.getId(), a.getVersion(), a.displayTitle(), a.getOutlet().getName(), a.getUrl(), a.getByline(), a.getDateline(),
                a.getPublishedOn(), a.getSourceName(), a.getState().name(), a.getIngestedAt(), a.getDueAt(),
                a.getDuplicateOf() == null ? null : a.getDuplicateOf().getId(), a.getDuplicateSimilarity(),
                detail.duplicates().stream().map(ArticleLink::id).toList(), a.getAgencies(),
                detail.warnings().stream().map(w -> w.in(language)).toList(),
                a.getCleanedText(), claims);
    }
}
