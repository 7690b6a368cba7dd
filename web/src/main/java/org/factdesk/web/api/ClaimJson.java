package org.factdesk.web.api;

import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.factdesk.review.boundary.ClaimDetail;

/** One claim with where it sits in its article and its review, if any. */
@Schema(name = "Claim")
public record ClaimJson(long id, long version, String text, String kind, String speaker, double score, String state, long articleId,
                        String articleTitle, String outlet, int startOffset, int endOffset, List<ReasonJson> reasons,
                        String attribution, String assignee, ReviewJson review, CorrectionJson correction) {

    /**
     * What the desk changed of the engine's reading: the engine's words and speaker where they differ, why the claim
     * was dismissed, whether the desk added it, and whether it may still be corrected or dismissed.
     */
    @Schema(name = "ClaimCorrectionState")
    public record CorrectionJson(String engineText, boolean speakerCorrected, String engineSpeaker, boolean addedByDesk,
                                 String dismissalReason, boolean correctable, boolean dismissable) {
    }

    /** One thing that moved the score: its key, its text in the client's language, its signed share of the log-odds. */
    @Schema(name = "ScoreReason")
    public record ReasonJson(String code, String text, double weight) {
    }

    static ClaimJson of(ClaimDetail detail, Locale language) {
        var c = detail.claim();
        return new ClaimJson(c.id(), c.version(), c.text(), c.kind().name(), c.speaker(), c.score(), c.state().name(),
                c.articleId(), c.articleTitle(), c.outletName(), c.startOffset(), c.endOffset(),
                c.scoreReasons().stream().map(r -> new ReasonJson(r.code(), r.text(language), r.weight())).toList(),
                c.attribution(), c.assigneeUsername(),
                detail.review() == null ? null : ReviewJson.of(detail.review()),
                new CorrectionJson(c.correction().engineText(), c.correction().speakerCorrected(),
                        c.correction().engineSpeaker(), c.correction().addedByDesk(), c.correction().dismissalReason(),
                        c.correction().correctable(), c.correction().dismissable()));
    }
}
