package org.factdesk.web.api;

import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.factdesk.article.boundary.ArticleRow;

@Schema(name = "ArticleRow", description = "An article in a list")
public record ArticleRowJson(long id,
                             @Schema(description = "The title, or the first words of an article that has none")
                             String title, String outlet, LocalDate publishedOn, Instant ingestedAt, String state,
                             long claimCount, Long duplicateOfId) {

    static ArticleRowJson of(ArticleRow row) {
        return new ArticleRowJson(row.id(), row.title(), row.outlet(), row.publishedOn(), row.ingestedAt(), row.state().name(),
                row.claimCount(), row.duplicateOfId());
    }
}
