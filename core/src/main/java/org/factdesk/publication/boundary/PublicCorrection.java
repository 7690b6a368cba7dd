package org.factdesk.publication.boundary;

import java.time.Instant;
import org.factdesk.review.entity.Verdict;

/** One entry of a fact-check's public corrections log. */
public record PublicCorrection(long claimId, String claimText, Verdict previousVerdict, Verdict newVerdict, String note,
                               Instant correctedAt) {

    public boolean changedVerdict() {
        return previousVerdict != newVerdict;
    }
}
