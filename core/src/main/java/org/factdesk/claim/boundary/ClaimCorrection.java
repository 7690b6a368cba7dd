package org.factdesk.claim.boundary;

/**
 * A claim as the desk reads it, from the claim page or the API.
 *
 * @param text          the claim's words, as they stand in the article's text
 * @param speaker       who said it; blank for nobody
 * @param everySpelling whether the article's other claims credited to the old spelling of the speaker follow
 */
public record ClaimCorrection(String text, String speaker, boolean everySpelling) {
}
