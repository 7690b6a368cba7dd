package org.factdesk.web.approval;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.factdesk.review.boundary.ClaimDetail;
import org.factdesk.review.boundary.ClaimDetailService;
import org.factdesk.review.boundary.ReviewService;
import org.factdesk.review.boundary.ReviewView;
import org.factdesk.shared.boundary.BusinessException;
import org.factdesk.web.shared.NotFound;
import org.factdesk.web.shared.Refusals;
import org.omnifaces.util.Messages;

/** /approval/review.xhtml?id=: a desk chief approves a review, or returns it to its author with a comment. */
@Named
@ViewScoped
public class DecideReviewBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ReviewService reviews;

    @Inject
    ClaimDetailService claims;

    @Inject
    org.factdesk.web.review.DiscussReviewBacking discussion;

    private Long id;
    private ReviewView review;
    private ClaimDetail detail;
    private String comment;

    public void load() {
        if (id == null) {
            NotFound.respond();
            return;
        }
        try {
            detail = claims.ofReview(id);
            review = detail.review();
            discussion.show(review.id());
        } catch (BusinessException e) {
            NotFound.respond();
        }
    }

    public String approve() {
        try {
            reviews.approve(id, review.version());
            Messages.addFlashGlobalInfo("decide.approved");
            return "/approval/queue?faces-redirect=true";
        } catch (BusinessException e) {
            Refusals.show(e);
            return null;
        }
    }

    public String returnToAuthor() {
        try {
            reviews.returnToAuthor(id, review.version(), comment);
            Messages.addFlashGlobalInfo("decide.returned");
            return "/approval/queue?faces-redirect=true";
        } catch (BusinessException e) {
            Refusals.show(e);
            return null;
        }
    }

    public boolean isDecidable() {
        return review.decidable();
    }

    public boolean isOwnReview() {
        return review.writtenByReader();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ReviewView getReview() {
        return review;
    }

    public ClaimDetail getDetail() {
        return detail;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
