package org.factdesk.article.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.factdesk.article.entity.Article;
import org.factdesk.article.entity.ArticleState;
import org.factdesk.claim.entity.Claim;
import org.factdesk.claim.entity.ClaimState;
import org.factdesk.workflow.control.EventLog;
import org.factdesk.workflow.control.EventLog.Subject;

/**
 * Keeps an article's state in step with the reviews of its claims. What needs the desk's attention first wins:
 * a returned review, then unfinished drafts, then reviews awaiting a decision; only when every started review is
 * approved is the article approved.
 */
@Dependent
public class ArticleWorkflow {

    @Inject
    EventLog log;

    public void follow(Article article, String actor) {
        var target = stateFromClaims(article);
        if (target == article.getState()) {
            return;
        }
        var from = article.moveTo(target);
        log.record(actor, Subject.article(article.getId()), "article." + target.name().toLowerCase(java.util.Locale.ROOT), from, target, null);
    }

    static ArticleState stateFromClaims(Article article) {
        var states = article.getClaims().stream().map(Claim::getState).toList();
        if (states.contains(ClaimState.RETURNED)) {
            return ArticleState.RETURNED;
        }
        if (states.contains(ClaimState.IN_REVIEW)) {
            return ArticleState.IN_REVIEW;
        }
        if (states.contains(ClaimState.SUBMITTED)) {
            return ArticleState.AWAITING_APPROVAL;
        }
        if (states.contains(ClaimState.APPROVED)) {
            return ArticleState.APPROVED;
        }
        return article.getState();
    }
}
