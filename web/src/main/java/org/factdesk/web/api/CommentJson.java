package org.factdesk.web.api;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.factdesk.review.boundary.ThreadComment;

@Schema(name = "Comment", description = "One message of a review's conversation")
public record CommentJson(@Schema(description = "The display name of who wrote it") String author, Instant createdAt,
                          String text) {

    static CommentJson of(ThreadComment comment) {
        return new CommentJson(comment.authorName(), comment.createdAt(), comment.text());
    }
}
