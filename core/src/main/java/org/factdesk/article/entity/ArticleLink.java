package org.factdesk.article.entity;

/** Enough of an article to link to it from another one: no text. */
public record ArticleLink(long id, String heading, String outlet) {
}
