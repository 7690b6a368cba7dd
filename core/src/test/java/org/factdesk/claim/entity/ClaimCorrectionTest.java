package org.factdesk.claim.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import org.factdesk.analysis.ClaimKind;
import org.factdesk.article.entity.Article;
import org.factdesk.article.entity.ArticleState;
import org.factdesk.outlet.entity.Outlet;
import org.factdesk.shared.boundary.BusinessException;
import org.factdesk.user.entity.Role;
import org.factdesk.user.entity.User;
import org.junit.jupiter.api.Test;

/** The desk corrects what the engine found, and the claim keeps the engine's version beside the correction. */
class ClaimCorrectionTest {

    private static final String TEXT = "Vladmir Puttin said 40 schools would open by 2027. The opposition doubted it.";
    private static final String FIRST = "Vladmir Puttin said 40 schools would open by 2027.";

    private final Article article = new Article(new Outlet("Gazette"), TEXT, TEXT, null);

    private Claim claim() {
        return new Claim(article, FIRST, 0, FIRST.length(), ClaimKind.STATISTIC, "Vladmir Puttin", 0.9);
    }

    @Test
    void aCorrectedSpeakerAndSpanKeepTheEnginesVersion() {
        var claim = claim();
        claim.correct(20, FIRST.length(), "Vladimir Putin");

        assertEquals("40 schools would open by 2027.", claim.getText());
        assertEquals("Vladimir Putin", claim.getSpeaker());
        assertEquals(FIRST, claim.getEngineText());
        assertTrue(claim.isSpeakerCorrected());
        assertEquals("Vladmir Puttin", claim.getEngineSpeaker());

        claim.correct(0, FIRST.length(), "V. Putin");
        assertEquals(FIRST, claim.getEngineText(), "the engine's words, not the desk's first correction");
        assertEquals("Vladmir Puttin", claim.getEngineSpeaker());
    }

    @Test
    void aBlankSpeakerMeansNobodyAndTheEngineHadOne() {
        var claim = claim();
        claim.correct(0, FIRST.length(), "  ");

        assertNull(claim.getSpeaker());
        assertTrue(claim.isSpeakerCorrected());
        assertNull(claim.getEngineText(), "the words did not change");
    }

    @Test
    void aSpanOutsideTheTextOrBlankIsRefused() {
        var claim = claim();
        assertThrows(BusinessException.class, () -> claim.correct(10, TEXT.length() + 1, null));
        assertThrows(BusinessException.class, () -> claim.correct(5, 5, null));
        assertThrows(BusinessException.class, () -> claim.correct(FIRST.length(), FIRST.length() + 1, null));
        assertEquals(FIRST, claim.getText());
    }

    @Test
    void anApprovedClaimStaysAsItWasChecked() {
        var claim = claim();
        claim.follow(ClaimState.APPROVED);

        assertFalse(claim.isCorrectable());
        var refusal = assertThrows(BusinessException.class, () -> claim.correct(0, 10, "Someone"));
        assertTrue(refusal.getMessage().contains("approved verdict"), refusal.getMessage());
        assertEquals("Vladmir Puttin", claim.getSpeaker());
    }

    @Test
    void aDismissedClaimNeedsAReasonLeavesItsAssigneeAndComesBack() {
        var claim = claim();
        claim.assignTo(new User("jane", "Jane Miller", "hash", EnumSet.of(Role.JOURNALIST)));
        assertThrows(BusinessException.class, () -> claim.dismiss(" "));

        claim.dismiss("A fragment with nothing to check");
        assertEquals(ClaimState.DISMISSED, claim.getState());
        assertEquals("A fragment with nothing to check", claim.getDismissalReason());
        assertNull(claim.getAssignee());
        assertFalse(claim.isAssignable());
        assertFalse(claim.isReviewableBy("jane"));
        assertFalse(claim.isTakeableBy("jane"));
        assertThrows(BusinessException.class, () -> claim.assignTo(new User("omar", "Omar", "hash", EnumSet.of(Role.JOURNALIST))));

        claim.reinstate();
        assertEquals(ClaimState.OPEN, claim.getState());
        assertNull(claim.getDismissalReason());
        assertTrue(claim.isTakeableBy("jane"));
    }

    @Test
    void aClaimUnderReviewIsNotDismissed() {
        var claim = claim();
        claim.follow(ClaimState.IN_REVIEW);

        assertFalse(claim.isDismissable());
        assertThrows(BusinessException.class, () -> claim.dismiss("Same quote twice"));
        assertEquals(ClaimState.IN_REVIEW, claim.getState());
    }

    @Test
    void aClaimOfAnArchivedArticleIsNotCorrected() {
        var claim = claim();
        article.moveTo(ArticleState.ARCHIVED);
        assertFalse(claim.isCorrectable());
        assertThrows(BusinessException.class, () -> claim.correct(0, 10, null));
    }

    @Test
    void aClaimTheDeskAddsHasTheArticlesWordsAndNoEngineVersion() {
        var at = article.locate("The opposition doubted it.", 0).orElseThrow();
        var added = Claim.addedByDesk(article, at[0], at[1], "The opposition");

        assertEquals("The opposition doubted it.", added.getText());
        assertTrue(added.isAddedByDesk());
        added.correct(at[0], at[1], "Opposition leader");
        assertFalse(added.isSpeakerCorrected(), "the desk's own claim has no engine speaker to keep");
        assertTrue(article.locate("not in the text", 0).isEmpty());
    }

    @Test
    void wordsTheTextHoldsTwiceAreFoundWhereTheDeskMarkedThem() {
        var text = "Rates rose. The bank said rates rose. Then rates rose.";
        var twice = new Article(new Outlet("Gazette"), text, text, null);
        assertEquals(text.lastIndexOf("rates rose"), twice.locate(" rates rose ", 45).orElseThrow()[0]);
        assertEquals(text.indexOf("rates rose"), twice.locate("rates rose", 20).orElseThrow()[0]);
    }
}
