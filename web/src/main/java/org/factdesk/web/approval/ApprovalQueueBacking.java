package org.factdesk.web.approval;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.factdesk.claim.boundary.AssignmentService;
import org.factdesk.claim.boundary.WorkFilter;
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

    @Inject
    AssignmentService assignments;

    private PagedRows<ApprovalRow> rows;
    private long overdueClaims;

    @PostConstruct
    void init() {
        rows = new PagedRows<>(reviews::awaitingDecision, row -> Long.toString(row.reviewId()));
        overdueClaims = assignments.openWork(WorkFilter.OVERDUE, 0, 1).total();
    }

    /** Open claims across the desk whose article is past its due time. */
    public long getOverdueClaims() {
        return overdueClaims;
    }

    public PagedRows<ApprovalRow> getRows() {
        return rows;
    }
}
