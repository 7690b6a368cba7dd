package org.factdesk.review.boundary;

import org.factdesk.review.entity.Verdict;

/** A claim that says the same thing and already has an approved verdict. */
public record EarlierVerdict(long claimId, String text, String outlet, long articleId, Verdict verdict, boolean published) {
}
