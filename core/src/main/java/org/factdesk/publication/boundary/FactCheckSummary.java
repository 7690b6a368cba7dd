package org.factdesk.publication.boundary;

import java.time.Instant;
import java.util.List;
import org.factdesk.review.entity.Verdict;

/** One line of the public index: a live fact-check's headline, outlet, dates and how many claims got each verdict. */
public record FactCheckSummary(long articleId, String headline, String outlet, Instant publishedAt, Instant modifiedAt,
                               List<VerdictCount> verdicts) {

    public FactCheckSummary {
        verdicts = List.copyOf(verdicts);
    }

    public boolean isUpdated() {
        return modifiedAt.isAfter(publishedAt);
    }

    /** How many of the fact-check's claims got one verdict. */
    public record VerdictCount(Verdict verdict, long claims) {
    }
}
