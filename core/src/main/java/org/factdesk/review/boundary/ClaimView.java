package org.factdesk.review.boundary;

import java.time.Instant;
import java.util.List;
import org.factdesk.analysis.ClaimKind;
import org.factdesk.analysis.ScoreReason;
import org.factdesk.claim.entity.Claim;
import org.factdesk.claim.entity.ClaimState;

/**
 * What the claim pages and the API show of a claim and of the article it stands in.
 *
 * @param version          the claim's version, for the API's ETag and optimistic checks
 * @param assigneeUsername null while nobody is assigned
 * @param articleTitle     the article's title, or its first words ({@code Article.displayTitle})
 * @param overdueNow       whether the article is past its due time and not yet done ({@code Article.isOverdueNow})
 * @param correction       what the desk changed of the engine's reading, and whether it may change it now
 */
public record ClaimView(long id, long version, String text, ClaimKind kind, String speaker, double score, List<ScoreReason> scoreReasons,
                        ClaimState state, int startOffset, int endOffset, String attribution, String assigneeUsername,
                        String assigneeName, long articleId, String articleTitle, String outletName, Instant dueAt,
                        boolean overdueNow, Correction correction) {

    /**
     * @param engineText       the engine's words where the desk changed the span, else null
     * @param speakerCorrected whether the desk changed the speaker; {@code engineSpeaker} is then the engine's (null
     *                         for none)
     * @param addedByDesk      a claim the engine missed, which has no engine version
     * @param dismissalReason  why the desk set it aside, while it is dismissed
     * @param correctable      whether the desk may still correct it ({@code Claim.isCorrectable})
     * @param dismissable      whether the desk may set it aside now ({@code Claim.isDismissable})
     */
    public record Correction(String engineText, boolean speakerCorrected, String engineSpeaker, boolean addedByDesk,
                             String dismissalReason, boolean correctable, boolean dismissable) {

        public boolean edited() {
            return engineText != null || speakerCorrected;
        }
    }


    public ClaimView {
        scoreReasons = List.copyOf(scoreReasons);
    }

    static ClaimView of(Claim claim) {
        var article = claim.getArticle();
        var assignee = claim.getAssignee();
        return new ClaimView(claim.getId(), claim.getVersion(), claim.getText(), claim.getKind(), claim.getSpeaker(), claim.getScore(),
                claim.getScoreReasons(), claim.getState(), claim.getStartOffset(), claim.getEndOffset(), claim.getAttribution(),
                assignee == null ? null : assignee.getUsername(), assignee == null ? null : assignee.getDisplayName(),
                article.getId(), article.displayTitle(), article.getOutlet().getName(), article.getDueAt(), article.isOverdueNow(),
                new Correction(claim.getEngineText(), claim.isSpeakerCorrected(), claim.getEngineSpeaker(),
                        claim.isAddedByDesk(), claim.getDismissalReason(), claim.isCorrectable(), claim.isDismissable()));
    }
}
