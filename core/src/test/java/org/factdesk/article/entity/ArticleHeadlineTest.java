package org.factdesk.article.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.factdesk.outlet.entity.Outlet;
import org.factdesk.shared.boundary.BusinessException;
import org.factdesk.shared.boundary.IllegalTransitionException;
import org.junit.jupiter.api.Test;

class ArticleHeadlineTest {

    private Article article() {
        var article = new Article(new Outlet("Al Bawaba"), "raw", "Sweden drops its investigation. The rest of the text.", null);
        article.describe("Sweden Drops Its Investigation Into Rape Allegation Against Julian Assange | Al Bawaba", null, null,
                null, "https://www.albawaba.com/news/sweden", null);
        return article;
    }

    @Test
    void theEnginesTitleKeepsNoSiteSuffix() {
        assertEquals("Sweden Drops Its Investigation Into Rape Allegation Against Julian Assange", article().displayTitle());
    }

    @Test
    void theDeskChiefsHeadlineReplacesTheTitleEverywhereTheArticleIsHeaded() {
        var article = article();

        article.editHeadline("  Sweden  ends Assange inquiry ");

        assertEquals("Sweden ends Assange inquiry", article.displayTitle());
        assertEquals("Sweden ends Assange inquiry", article.getHeadline());
        assertEquals("Sweden Drops Its Investigation Into Rape Allegation Against Julian Assange", article.getTitle(),
                "the engine's title stays on record");
    }

    @Test
    void aBlankHeadlineBringsTheEnginesTitleBack() {
        var article = article();
        article.editHeadline("Sweden ends Assange inquiry");

        article.editHeadline("   ");

        assertNull(article.getHeadline());
        assertEquals("Sweden Drops Its Investigation Into Rape Allegation Against Julian Assange", article.displayTitle());
    }

    @Test
    void aPublishedFactChecksHeadlineStaysAsPublished() {
        var article = article();
        article.moveTo(ArticleState.IN_REVIEW);
        article.moveTo(ArticleState.AWAITING_APPROVAL);
        article.moveTo(ArticleState.APPROVED);
        assertTrue(article.isHeadlineEditable(), "an approved fact-check can still be headed anew");
        article.moveTo(ArticleState.PUBLISHED);

        var refused = assertThrows(IllegalTransitionException.class, () -> article.editHeadline("Something else"));

        assertEquals("This fact-check is already public, so its headline stays as it was published.", refused.getMessage());
        assertFalse(article.isHeadlineEditable());
        assertEquals("Sweden Drops Its Investigation Into Rape Allegation Against Julian Assange", article.displayTitle());
    }

    @Test
    void aHeadlineHasTheTitlesLimit() {
        var refused = assertThrows(BusinessException.class, () -> article().editHeadline("x".repeat(Article.TITLE_MAX + 1)));
        assertEquals("article.headlineTooLong", refused.getKey());
    }
}
