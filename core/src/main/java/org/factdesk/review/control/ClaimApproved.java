package org.factdesk.review.control;

import org.factdesk.analysis.ClaimKind;

/** A claim has an approved review: from now on, new copies of it are shown its verdict. */
public record ClaimApproved(long claimId, String text, ClaimKind kind, String speaker) {
}
