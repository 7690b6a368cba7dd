package org.factdesk.web.approval;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.factdesk.review.boundary.ApprovalRow;
import org.factdesk.review.boundary.ReviewService;
import org.factdesk.web.shared.PagedRows;

/** /approval/queue.xhtml: submitted reviews waiting for a desk chief, oldest first. */
@Named
@ViewScoped
public class ApprovalQueueBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ReviewService reviews;

    private PagedRows<ApprovalRow> rows;

    @PostConstruct
    void init() {
        rows = new PagedRows<>(reviews::awaitingDecision, row -> Long.toString(row.reviewId()));
    }

    public PagedRows<ApprovalRow> getRows() {
        return rows;
    }
}
