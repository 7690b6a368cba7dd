package org.factdesk.claim.boundary;

import org.factdesk.analysis.ConflictKind;

/**
 * One thing this claim and another copy's claim disagree on, seen from this claim.
 *
 * @param thisValue     this claim's value, as written
 * @param otherValue    the other copy's value, as written
 * @param thisSentence  the sentence of this claim that holds its value, or null when it was not kept
 * @param otherSentence the sentence of the other claim that holds its value, or null
 */
public record VariantConflict(ConflictKind kind, String thisValue, String otherValue, String thisSentence,
                              String otherSentence) {
}
