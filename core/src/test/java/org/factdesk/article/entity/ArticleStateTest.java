package org.factdesk.article.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.factdesk.outlet.entity.Outlet;
import org.factdesk.shared.boundary.IllegalTransitionException;
import org.junit.jupiter.api.Test;

class ArticleStateTest {

    @Test
    void anArticleIsPublishedOnlyWhenApproved() {
        for (var state : ArticleState.values()) {
            assertEquals(state == ArticleState.APPROVED, state.canMoveTo(ArticleState.PUBLISHED), state.name());
        }
    }

    @Test
    void publishedAndArchivedArticlesAreFinal() {
        assertTrue(ArticleState.PUBLISHED.next().isEmpty());
        assertTrue(ArticleState.ARCHIVED.next().isEmpty());
        assertFalse(ArticleState.PUBLISHED.isOpenForReview());
    }

    @Test
    void anIllegalMoveFailsWithAClearMessageAndChangesNothing() {
        var article = new Article(new Outlet("Outlet"), "raw", "Cleaned text of the article.", null);
        article.describe("Council votes", null, null, null, null, null);

        var refused = assertThrows(IllegalTransitionException.class, () -> article.moveTo(ArticleState.PUBLISHED));

        assertEquals("Article \"Council votes\" is ingested and cannot become published.", refused.getMessage());
        assertEquals(ArticleState.INGESTED, article.getState());
    }

    @Test
    void theHappyPathIsAllowed() {
        var article = new Article(new Outlet("Outlet"), "raw", "Cleaned text.", null);
        article.moveTo(ArticleState.IN_REVIEW);
        article.moveTo(ArticleState.AWAITING_APPROVAL);
        article.moveTo(ArticleState.APPROVED);
        assertEquals(ArticleState.APPROVED, article.moveTo(ArticleState.PUBLISHED));
        assertEquals(ArticleState.PUBLISHED, article.getState());
    }
}
