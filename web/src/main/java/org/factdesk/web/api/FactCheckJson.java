package org.factdesk.web.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.factdesk.publication.boundary.PublishedArticle;

/** A published fact-check of one article, with links to each claim's public page and ClaimReview. */
@Schema(name = "FactCheck")
public record FactCheckJson(long articleId, String title, String outlet, String articleUrl, LocalDate articleDate,
                            Instant publishedAt, Instant modifiedAt, String page, List<Verdict> claims) {

    @Schema(name = "PublishedVerdict")
    public record Verdict(long claimId, String claimText, String speaker, String verdict, String verdictLabel,
                          String page, String claimReview) {
    }

    static FactCheckJson of(PublishedArticle article, PublicAddresses links) {
        var claims = article.claims().stream().map(c -> new Verdict(c.claimId(), c.claimText(), c.speaker(),
                c.verdict().name(), c.verdict().label(), links.claimPage(c.claimId()), links.claimReview(c.claimId()))).toList();
        return new FactCheckJson(article.articleId(), article.title(), article.outlet(), article.url(), article.articleDate(),
                article.publishedAt(), article.modifiedAt(), links.articlePage(article.articleId()), claims);
    }
}
