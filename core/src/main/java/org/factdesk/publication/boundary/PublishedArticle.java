package org.factdesk.publication.boundary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** An article's fact-check as the public sees it: every reviewed claim with its verdict. */
public record PublishedArticle(long articleId, String title, String outlet, String url, LocalDate articleDate,
                               Instant publishedAt, Instant modifiedAt, List<PublishedClaim> claims) {
}
