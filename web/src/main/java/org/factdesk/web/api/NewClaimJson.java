package org.factdesk.web.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A claim the engine missed.
 *
 * @param text    words exactly as they stand in the article's cleaned text
 * @param near    where they start, to tell apart words the text holds more than once; optional
 * @param speaker who said them; optional
 */
@Schema(name = "NewClaim")
public record NewClaimJson(String text, Integer near, String speaker) {
}
