package org.factdesk.review.boundary;

import org.factdesk.article.entity.CutLine;

/**
 * A line cleaning cut, as the article page lists it.
 *
 * @param text   the line, which restoring puts back
 * @param reason the name of its {@code RemovalReason}, the key of its label, or {@value #UNKNOWN} for a line cut
 *               before reasons were kept
 */
public record CutLineView(String text, String reason) {

    public static final String UNKNOWN = "UNKNOWN";

    static CutLineView of(CutLine line) {
        return new CutLineView(line.getText(), line.getReason() == null ? UNKNOWN : line.getReason().name());
    }
}
