package org.factdesk.publication.boundary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.factdesk.review.entity.Verdict;

/** A claim's fact-check as the public sees it. */
public record PublishedClaim(long claimId, String claimText, String speaker, Verdict verdict, String rationale,
                             List<Source> evidence, String reviewerName, long articleId, String articleTitle,
                             String articleUrl, List<String> otherAppearances, String outlet, LocalDate articleDate,
                             Instant publishedAt, Instant modifiedAt) {

    public record Source(String url, String title, String note) {
    }
}
