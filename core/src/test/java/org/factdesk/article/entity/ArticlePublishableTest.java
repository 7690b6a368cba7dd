package org.factdesk.article.entity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.factdesk.outlet.entity.Outlet;
import org.junit.jupiter.api.Test;

class ArticlePublishableTest {

    @Test
    void onlyAnApprovedFactCheckIsOfferedForPublication() {
        var article = new Article(new Outlet("Outlet"), "raw", "The mayor said turnout was 52 percent.", null);
        assertFalse(article.isPublishable(), "a fresh copy has nothing checked yet");
        article.moveTo(ArticleState.IN_REVIEW);
        assertFalse(article.isPublishable(), "reviews still open");
        article.moveTo(ArticleState.APPROVED);
        assertTrue(article.isPublishable());
        article.moveTo(ArticleState.PUBLISHED);
        assertFalse(article.isPublishable(), "published once; corrections follow, not a second publication");
    }
}
