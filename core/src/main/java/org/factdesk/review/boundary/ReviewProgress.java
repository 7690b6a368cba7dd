package org.factdesk.review.boundary;

import org.factdesk.review.entity.ReviewState;

/**
 * That a claim has a review, for every reader: its state and its author, without its content.
 *
 * @param inConversation whether the reader takes part in the review's conversation (its author and the desk chiefs)
 */
public record ReviewProgress(ReviewState state, String author, boolean inConversation) {
}
