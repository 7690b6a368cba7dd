package org.factdesk.web.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
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
        var a = detail.article();
        var claims = detail.claims().stream().map(c -> ClaimRowJson.of(c, detail.reviewsByClaim().get(c.id()))).toList();
        return new ArticleJson(a.id(), a.version(), a.title(), a.outletName(), a.url(), a.byline(), a.dateline(),
                a.publishedOn(), a.sourceName(), a.state().name(), a.ingestedAt(), a.dueAt(),
                a.duplicateOfId(), a.duplicateSimilarity(),
                detail.duplicates().stream().map(ArticleLink::id).toList(), a.agencies(),
                detail.warnings().stream().map(w -> w.in(language)).toList(),
                a.cleanedText(), claims);
    }
}
