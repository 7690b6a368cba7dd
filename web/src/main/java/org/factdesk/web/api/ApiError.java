package org.factdesk.web.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Every refusal, as JSON: the HTTP status again and a message written for the person behind the client. */
@Schema(name = "Error")
public record ApiError(int status, String error, String message) {
}
