package org.factdesk.web.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.factdesk.claim.boundary.ClaimRow;
import org.factdesk.claim.entity.Claim;
import org.factdesk.review.entity.Review;

/** A claim in a list, with the state and verdict of its review if it has one. */
@Schema(name = "ClaimRow")
public record ClaimRowJson(long id, String text, String kind, String speaker, double score, String state,
                           Integer startOffset, Integer endOffset, Long articleId, String assignee, Long reviewId,
                           String reviewState, String verdict) {

    static ClaimRowJson of(Claim c, Review review) {
        return new ClaimRowJson(c.getId(), c.getText(), c.getKind().name(), c.getSpeaker(), c.getScore(), c.getState().name(),
                c.getStartOffset(), c.getEndOffset(), null, c.getAssignee() == null ? null : c.getAssignee().getUsername(),
                review == null ? null : review.getId(), review == null ? null : review.getState().name(),
                review == null || review.getVerdict() == null ? null : review.getVerdict().name());
    }

    static ClaimRowJson of(ClaimRow row) {
        return new ClaimRowJson(row.id(), row.text(), row.kind().name(), row.speaker(), row.score(), row.state().name(),
                null, null, row.articleId(), row.assigneeName(), null, null, null);
    }
}
