package org.factdesk.web.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A desk chief's reason for sending a review back to its author. */
@Schema(name = "Return")
public record ReturnJson(String comment) {
}
