package org.factdesk.web.api;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.factdesk.review.boundary.ReviewView;
import org.factdesk.review.entity.Review;

/** A review of a claim: verdict, reasoning, evidence and where it stands in the four-eyes workflow. */
@Schema(name = "Review")
public record ReviewJson(long id, long version, long claimId, String state, String verdict, String rationale, String author,
                         Instant createdAt, Instant submittedAt, String decidedBy, Instant decidedAt, String returnComment,
                         List<Evidence> evidence) {

    @Schema(name = "Evidence")
    public record Evidence(String url, String title, String note) {
    }

    static ReviewJson of(Review r) {
        return new ReviewJson(r.getId(), r.getVersion(), r.getClaim().getId(), r.getState().name(),
                r.getVerdict() == null ? null : r.getVerdict().name(), r.getRationale(), r.getAuthor().getUsername(),
                r.getCreatedAt(), r.getSubmittedAt(), r.getDecidedBy() == null ? null : r.getDecidedBy().getUsername(),
                r.getDecidedAt(), r.getReturnComment(),
                r.getEvidence().stream().map(e -> new Evidence(e.getUrl(), e.getTitle(), e.getNote())).toList());
    }

    static ReviewJson of(ReviewView r) {
        return new ReviewJson(r.id(), r.version(), r.claimId(), r.state().name(), r.verdict() == null ? null : r.verdict().name(),
                r.rationale(), r.authorUsername(), r.createdAt(), r.submittedAt(), r.decidedByUsername(), r.decidedAt(),
                r.returnComment(), r.evidence().stream().map(e -> new Evidence(e.url(), e.title(), e.note())).toList());
    }
}
