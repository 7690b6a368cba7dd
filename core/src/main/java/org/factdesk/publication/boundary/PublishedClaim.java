package org.factdesk.publication.boundary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.factdesk.review.boundary.EvidenceEntry;
import org.factdesk.review.entity.Verdict;

/** A claim's fact-check as the public sees it, with each source's archived copy. */
public record PublishedClaim(long claimId, String claimText, String speaker, Verdict verdict, String rationale,
                             List<EvidenceEntry> evidence, String reviewerName, long articleId, String articleTitle,
                             String articleUrl, List<String> otherAppearances, String outlet, LocalDate articleDate,
                             Instant publishedAt, Instant modifiedAt) {
}
