package org.factdesk.web.review;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.factdesk.history.boundary.HistoryService;
import org.factdesk.history.boundary.ReviewComparison;
import org.factdesk.history.boundary.ReviewVersion;
import org.factdesk.shared.boundary.BusinessException;
import org.factdesk.web.shared.Refusals;

/**
 * The history panel of a review (WEB-INF/includes/reviewHistory.xhtml, on /review/claim and /approval/review): its
 * versions, loaded only when the panel is opened, and what changed from one version to the one before it.
 */
@Named
@ViewScoped
public class CompareReviewVersionsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    HistoryService history;

    private Long reviewId;
    private List<ReviewVersion> versions = List.of();
    private ReviewComparison comparison;

    public void open(long id) {
        if (reviewId != null && reviewId == id) {
            return;
        }
        reviewId = id;
        versions = history.ofReview(id);
        comparison = null;
        if (versions.size() > 1) {
            compareWithPrevious(versions.get(versions.size() - 1));
        }
    }

    public void compareWithPrevious(ReviewVersion version) {
        var index = versions.indexOf(version);
        if (index < 1) {
            return;
        }
        try {
            comparison = history.compare(reviewId, versions.get(index - 1).revision(), version.revision());
        } catch (BusinessException e) {
            Refusals.show(e);
        }
    }

    public boolean isShown(ReviewVersion version) {
        return comparison != null && comparison.newer().revision() == version.revision();
    }

    public List<ReviewVersion> getVersionsNewestFirst() {
        var newestFirst = new ArrayList<>(versions);
        Collections.reverse(newestFirst);
        return newestFirst;
    }

    public ReviewComparison getComparison() {
        return comparison;
    }

    public boolean isLoaded() {
        return reviewId != null;
    }
}
