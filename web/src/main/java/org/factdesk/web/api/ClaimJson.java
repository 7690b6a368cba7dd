package org.factdesk.web.api;

import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.factdesk.review.boundary.ClaimDetail;

/** One claim with where it sits in its article and its review, if any. */
@Schema(name = "Claim")
public record ClaimJson(long id, long version, String text, String kind, String speaker, double score, String state, long articleId,
                        String articleTitle, String outlet, int startOffset, int endOffset, List<ReasonJson> reasons,
                        String attribution, String assignee, ReviewJson review) {

    /** One thing that moved the score: its key, its text in the client's language, its signed share of the log-odds. */
    @Schema(name = "ScoreReason")
    public record ReasonJson(String code, String text, double weight) {
    }

    static ClaimJson of(ClaimDetail detail, Locale language) {
        var c = detail.claim();
        var article = c.getArticle();
        return new ClaimJson(c.getId(), c.getVersion(), c.getText(), c.getKind().name(), c.getSpeaker(), c.getScore(), c.getState().name(),
                article.getId(), article.displayTitle(), article.getOutlet().getName(), c.getStartOffset(), c.getEndOffset(),
                c.getScoreReasons().stream().map(r -> new ReasonJson(r.code(), r.text(language), r.weight())).toList(),
                c.getAttribution(), c.getAssignee() == null ? null : c.getAssignee().getUsername(),
                detail.review() == null ? null : ReviewJson.of(detail.review()));
    }
}
