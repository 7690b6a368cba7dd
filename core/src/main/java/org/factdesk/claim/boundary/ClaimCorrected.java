package org.factdesk.claim.boundary;

/**
 * @param claimId      the corrected claim
 * @param otherClaims  how many of the article's other claims took the new spelling of the speaker
 */
public record ClaimCorrected(long claimId, int otherClaims) {
}
