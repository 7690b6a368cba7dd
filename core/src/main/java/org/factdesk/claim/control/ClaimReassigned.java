package org.factdesk.claim.control;

import org.factdesk.user.entity.User;

/**
 * A claim was given to another journalist. Fired inside the assigning transaction, so that whatever work hangs on
 * the claim (its draft review) moves with it or the assignment fails whole.
 */
public record ClaimReassigned(long claimId, User journalist) {
}
