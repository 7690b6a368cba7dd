package org.factdesk.web.api;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.factdesk.review.boundary.ReviewView;

/** A review of a claim: verdict, reasoning, evidence and where it stands in the four-eyes workflow. */
@Schema(name = "Review")
public record ReviewJson(long id, long version, long claimId, String state, String verdict, String rationale, String author,
                         Instant createdAt, Instant submittedAt, String decidedBy, Instant decidedAt, String returnComment,
                         List<Evidence> evidence) {

    @Schema(name = "Evidence")
    public record Evidence(String url, String title, String note) {
    }

    static ReviewJson of(ReviewView r) {
        return new ReviewJson(r.id(), r.version(), r.claimId(), r.state().name(), r.verdict() == null ? null : r.verdict().name(),
                r.rationale(), r.authorUsername(), r.createdAt(), r.submittedAt(), r.decidedByUsername(), r.decidedAt(),
                r.returnComment(), r.evidence().stream().map(e -> new Evidence(e.url(), e.title(), e.note())).toList());
    }
}
