package org.factdesk.web.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why a fact-check is withdrawn; readers see it in place of the verdicts. */
@Schema(name = "Retraction")
public record RetractionJson(String reason) {
}
