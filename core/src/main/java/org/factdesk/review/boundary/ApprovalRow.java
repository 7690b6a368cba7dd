package org.factdesk.review.boundary;

import java.time.Instant;
import org.factdesk.article.entity.Heading;
import org.factdesk.review.entity.Verdict;

/** One review waiting in the desk chief's approval queue. */
public record ApprovalRow(long reviewId, long claimId, String claimText, Verdict verdict, String authorName,
                          String authorUsername, Instant submittedAt, long articleId, String articleTitle,
                          String outlet, Instant dueAt) {

    /** @param articleTitle the title, or the first words of an article without one ({@link Heading}) */
    public ApprovalRow {
        articleTitle = Heading.of(articleTitle);
    }

    /**
     * Whether this desk chief may approve or return it: never a review of their own (four eyes, as
     * {@code Review.isDecidableBy} decides on the review itself).
     */
    public boolean decidableBy(String deskChief) {
        return !authorUsername.equals(deskChief);
    }

    public boolean overdue() {
        return dueAt != null && Instant.now().isAfter(dueAt);
    }
}
