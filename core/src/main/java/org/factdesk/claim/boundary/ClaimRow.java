package org.factdesk.claim.boundary;

import org.factdesk.article.entity.ArticleState;
import org.factdesk.claim.entity.ClaimKind;
import org.factdesk.claim.entity.ClaimState;

/** One line of a claim queue. */
public record ClaimRow(long id, String text, ClaimKind kind, String speaker, double score, ClaimState state,
                       long articleId, String articleTitle, String outlet, ArticleState articleState,
                       String assigneeName) {
}
