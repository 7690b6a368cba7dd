package org.factdesk.claim.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

/** Who may be given a claim, who may take it and who may start its review: the claim decides, nobody else. */
class ClaimAssignmentTest {

    private static final String TEXT = "The minister said 40 schools would open by 2027.";

    private final User jane = new User("jane", "Jane Miller", "hash", EnumSet.of(Role.JOURNALIST));
    private final User omar = new User("omar", "Omar Haddad", "hash", EnumSet.of(Role.JOURNALIST));

    private static Claim claim() {
        var article = new Article(new Outlet("Gazette"), TEXT, TEXT, null);
        return new Claim(article, TEXT, 0, TEXT.length(), ClaimKind.STATISTIC, "Minister", 0.9);
    }

    @Test
    void anOpenClaimIsAssignedAndReassigned() {
        var claim = claim();
        assertTrue(claim.isAssignable());
        claim.assignTo(jane);
        claim.assignTo(omar);
        assertTrue(claim.isAssignedTo("omar"));
    }

    @Test
    void aClaimWaitingForADecisionStaysWithItsReviewer() {
        var claim = claim();
        claim.assignTo(jane);
        claim.follow(ClaimState.SUBMITTED);

        assertFalse(claim.isAssignable());
        var refusal = assertThrows(BusinessException.class, () -> claim.assignTo(omar));
        assertTrue(refusal.getMessage().endsWith("it stays with its reviewer."), refusal.getMessage());
        assertTrue(claim.isAssignedTo("jane"));
    }

    @Test
    void aClaimOfAClosedArticleIsNeitherAssignedNorReviewed() {
        var claim = claim();
        claim.getArticle().moveTo(ArticleState.ARCHIVED);

        assertFalse(claim.isAssignable());
        assertFalse(claim.isReviewableBy("jane"));
        assertFalse(claim.isTakeableBy("jane"));
        assertThrows(BusinessException.class, () -> claim.assignTo(jane));
        assertThrows(BusinessException.class, () -> claim.startReviewBy(jane));
    }

    @Test
    void aClaimSomeoneHasIsNotTakenNorReviewedByAnother() {
        var claim = claim();
        claim.takeBy(jane);

        assertTrue(claim.isTakeableBy("jane"));
        assertFalse(claim.isTakeableBy("omar"));
        assertFalse(claim.isReviewableBy("omar"));
        assertEquals("This claim is already assigned to Jane Miller.",
                assertThrows(BusinessException.class, () -> claim.takeBy(omar)).getMessage());
        assertEquals("This claim is assigned to Jane Miller.",
                assertThrows(BusinessException.class, () -> claim.startReviewBy(omar)).getMessage());
        claim.startReviewBy(jane);
        assertTrue(claim.isAssignedTo("jane"));
    }
}
