package org.factdesk.web.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The desk's reading of a claim: its words as they stand in the article, its speaker (blank for none), and whether
 * the article's other claims credited to the old spelling of the speaker follow.
 */
@Schema(name = "ClaimEdit")
public record ClaimEditJson(String text, String speaker, boolean everySpelling) {
}
