package org.factdesk.review.control;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.factdesk.claim.control.ClaimReassigned;

/** A reassigned claim takes its draft review along, so the new journalist goes on where the last one stopped. */
@Dependent
public class DraftHandOver {

    @Inject
    ReviewRepository reviews;

    void handOver(@Observes ClaimReassigned reassigned) {
        reviews.findByClaim(reassigned.claimId()).ifPresent(review -> review.handOver(reassigned.journalist()));
    }
}
