package org.factdesk.web.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Whom a desk chief gives a claim to. */
@Schema(name = "Assignment")
public record AssignmentJson(@Schema(description = "The journalist's user name") String journalist) {
}
