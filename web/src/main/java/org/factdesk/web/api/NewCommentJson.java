package org.factdesk.web.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A message for a review's conversation, between its author and the desk chiefs. */
@Schema(name = "NewComment")
public record NewCommentJson(@Schema(required = true, maxLength = 2000, example = "Page 14, table 3 of the plan.") String text) {
}
