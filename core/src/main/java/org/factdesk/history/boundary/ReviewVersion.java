package org.factdesk.history.boundary;

import java.time.Instant;
import java.util.List;
import org.factdesk.review.entity.ReviewState;
import org.factdesk.review.entity.Verdict;

/**
 * A review as it stood after one revision: what its author (or the desk chief who decided or corrected it) saw.
 *
 * @param author   who made this revision; null for the system
 * @param evidence the evidence URLs cited at that point, in order
 */
public record ReviewVersion(long revision, Instant at, String author, ReviewState state, Verdict verdict,
                            String rationale, List<String> evidence) {

    public ReviewVersion {
        evidence = List.copyOf(evidence);
    }

    public boolean showsSameAs(ReviewVersion other) {
        return other != null && state == other.state && verdict == other.verdict
                && java.util.Objects.equals(rationale, other.rationale) && evidence.equals(other.evidence);
    }
}
