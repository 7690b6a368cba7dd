package org.factdesk.web.review;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.factdesk.review.boundary.ReviewService;
import org.factdesk.review.boundary.ThreadComment;
import org.factdesk.shared.boundary.BusinessException;
import org.factdesk.web.shared.Refusals;
import org.omnifaces.util.Messages;

/** The conversation under a review, shown on the author's claim page and on the desk chief's decision page. */
@Named
@ViewScoped
public class DiscussReviewBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ReviewService reviews;

    private Long reviewId;
    private List<ThreadComment> comments = List.of();
    private String text;

    /** Called by the page's own backing bean once it knows the review. */
    public void show(Long reviewId) {
        this.reviewId = reviewId;
        this.comments = reviewId == null ? List.of() : reviews.thread(reviewId);
    }

    public void send() {
        try {
            reviews.comment(reviewId, text);
            text = null;
            comments = reviews.thread(reviewId);
            Messages.addGlobalInfo("thread.sent");
        } catch (BusinessException e) {
            Refusals.show(e);
        }
    }

    public boolean isShown() {
        return reviewId != null;
    }

    public List<ThreadComment> getComments() {
        return comments;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
