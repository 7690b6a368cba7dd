package org.factdesk.review.boundary;

import java.util.List;
import org.factdesk.review.entity.EvidenceSource;
import org.factdesk.review.entity.Verdict;

/** The review form as the author filled it in. */
public record ReviewDraft(Verdict verdict, String rationale, List<EvidenceSource> evidence) {

    public ReviewDraft {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }
}
