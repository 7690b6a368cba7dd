package org.factdesk.review.boundary;

import java.time.Instant;

/** One message of a review's conversation as the thread shows it, loaded by {@code ReviewComment.threadOfReview}. */
public record ThreadComment(String authorName, Instant createdAt, String text) {
}
