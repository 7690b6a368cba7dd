package org.factdesk.web.api;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.factdesk.review.boundary.ApprovalRow;

@Schema(name = "AwaitingReview", description = "A submitted review waiting for a desk chief's decision")
public record AwaitingReviewJson(long reviewId, long claimId, String claimText, String verdict, String author,
                                 Instant submittedAt, long articleId, String articleTitle, String outlet) {

    static AwaitingReviewJson of(ApprovalRow row) {
        return new AwaitingReviewJson(row.reviewId(), row.claimId(), row.claimText(),
                row.verdict() == null ? null : row.verdict().name(), row.authorUsername(), row.submittedAt(), row.articleId(),
                row.articleTitle(), row.outlet());
    }
}
