package org.factdesk.web.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.factdesk.claim.boundary.ClaimDetail;

/** One claim with where it sits in its article and its review, if any. */
@Schema(name = "Claim")
public record ClaimJson(long id, String text, String kind, String speaker, double score, String state, long articleId,
                        String articleTitle, String outlet, int startOffset, int endOffset, String reasons,
                        String attribution, String assignee, ReviewJson review) {

    static ClaimJson of(ClaimDetail detail) {
        var c = detail.claim();
        var article = c.getArticle();
        return new ClaimJson(c.getId(), c.getText(), c.getKind().name(), c.getSpeaker(), c.getScore(), c.getState().name(),
                article.getId(), article.displayTitle(), article.getOutlet().getName(), c.getStartOffset(), c.getEndOffset(),
                c.getReasons(), c.getAttribution(), c.getAssignee() == null ? null : c.getAssignee().getUsername(),
                detail.review() == null ? null : ReviewJson.of(detail.review()));
    }
}
