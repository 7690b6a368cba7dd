package org.factdesk.publication.boundary;

import org.factdesk.review.entity.Verdict;

/** A published claim as the correction form starts from it: the verdict and rationale readers see now. */
public record CorrectableClaim(long claimId, long articleId, String articleTitle, String claimText, Verdict verdict,
                               String rationale, long reviewVersion) {
}
