package org.factdesk.claim.boundary;

import org.factdesk.claim.entity.Claim;
import org.factdesk.review.entity.Review;

/**
 * A claim with its article text split around it, so the page can highlight it in place.
 *
 * @param review the review filed on it, or null
 */
public record ClaimDetail(Claim claim, String textBefore, String textOfClaim, String textAfter, Review review) {
}
