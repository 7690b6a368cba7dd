package org.factdesk.article.boundary;

import org.factdesk.article.entity.ArticleState;

/** Narrows the article list; a null field means "any". */
public record ArticleFilter(ArticleState state, Long outletId) {

    public static ArticleFilter any() {
        return new ArticleFilter(null, null);
    }
}
