package org.factdesk.web.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A copy of a story sent as JSON. */
@Schema(name = "IngestText")
public record IngestJson(
        @Schema(required = true, description = "The outlet that published the story", example = "Reuters") String outlet,
        @Schema(description = "Where the story was published", example = "https://example.org/story") String url,
        @Schema(description = "A .txt or .html name; HTML is cleaned as a web page", example = "story.html") String fileName,
        @Schema(required = true, description = "The story: plain text or HTML, at most 5 MB") String text) {
}
