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

    /**
     * A source: what the reviewer gives (url, title, note, type, stance) and, in answers, the copy the server
     * archived when it was added (when, the HTTP status, the SHA-256 of the bytes, or a problem code).
     */
    @Schema(name = "Evidence")
    public record Evidence(String url, String title, String note,
                           @Schema(description = "PRIMARY_DOCUMENT, OFFICIAL_STATEMENT, DATA_SET, EXPERT, MEDIA_REPORT or OTHER") String type,
                           @Schema(description = "SUPPORTS, CONTRADICTS or CONTEXT; optional") String stance,
                           @Schema(readOnly = true) Instant archivedAt, @Schema(readOnly = true) Integer httpStatus,
                           @Schema(readOnly = true) String sha256, @Schema(readOnly = true) String archiveProblem) {
    }

    static ReviewJson of(ReviewView r) {
        return new ReviewJson(r.id(), r.version(), r.claimId(), r.state().name(), r.verdict() == null ? null : r.verdict().name(),
                r.rationale(), r.authorUsername(), r.createdAt(), r.submittedAt(), r.decidedByUsername(), r.decidedAt(),
                r.returnComment(), r.evidence().stream().map(e -> new Evidence(e.url(), e.title(), e.note(), e.type().name(),
                        e.stance() == null ? null : e.stance().name(), e.archivedAt(), e.httpStatus(), e.contentHash(),
                        e.snapshotProblem())).toList());
    }
}
