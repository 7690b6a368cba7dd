package org.factdesk.claim.boundary;

import java.util.List;
import org.factdesk.claim.entity.Claim;
import org.factdesk.review.entity.Review;

/**
 * A claim with its article text split around it, so the page can highlight it in place.
 *
 * @param review          the review filed on it, or null
 * @param variants        the same statement in the other copies of the story, aligned with this one
 * @param earlierVerdicts claims saying the same that already have an approved verdict
 */
public record ClaimDetail(Claim claim, String textBefore, String textOfClaim, String textAfter, Review review,
                          List<Variant> variants, List<EarlierVerdict> earlierVerdicts) {

    public boolean hasConflicts() {
        return variants.stream().anyMatch(Variant::conflicting);
    }
}
