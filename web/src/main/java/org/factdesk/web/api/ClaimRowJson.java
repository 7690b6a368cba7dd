package org.factdesk.web.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.factdesk.claim.boundary.ClaimRow;
import org.factdesk.review.boundary.ClaimView;
import org.factdesk.review.boundary.ReviewView;

/** A claim in a list, with the state and verdict of its review if it has one. */
@Schema(name = "ClaimRow")
public record ClaimRowJson(long id, String text, String kind, String speaker, double score, String state,
                           Integer startOffset, Integer endOffset, Long articleId, String assignee, Long reviewId,
                           String reviewState, String verdict) {

    static ClaimRowJson of(ClaimView c, ReviewView review) {
        return new ClaimRowJson(c.id(), c.text(), c.kind().name(), c.speaker(), c.score(), c.state().name(),
                c.startOffset(), c.endOffset(), null, c.assigneeUsername(),
                review == null ? null : review.id(), review == null ? null : review.state().name(),
                review == null || review.verdict() == null ? null : review.verdict().name());
    }

    static ClaimRowJson of(ClaimRow row) {
        return new ClaimRowJson(row.id(), row.text(), row.kind().name(), row.speaker(), row.score(), row.state().name(),
                null, null, row.articleId(), row.assigneeName(), null, null, null);
    }
}
