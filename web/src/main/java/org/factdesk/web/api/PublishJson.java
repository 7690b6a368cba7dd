package org.factdesk.web.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a desk chief may send with a publication: why a verdict that rests on no primary source is published anyway.
 * Optional: without it, such a verdict is refused.
 */
@Schema(name = "Publish")
public record PublishJson(String primarySourceWaiver) {
}
