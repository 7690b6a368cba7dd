package org.factdesk.report.boundary;

import java.util.EnumSet;
import java.util.Set;
import org.factdesk.article.entity.ArticleState;

/**
 * The steps of the pipeline funnel. An article has reached a step once it entered any state at or beyond it, so
 * an article returned and resubmitted counts once, and every later step is a subset of the earlier ones.
 */
public enum FunnelStage {
    INGESTED(EnumSet.allOf(ArticleState.class)),
    IN_REVIEW(EnumSet.of(ArticleState.IN_REVIEW, ArticleState.AWAITING_APPROVAL, ArticleState.RETURNED,
            ArticleState.APPROVED, ArticleState.PUBLISHED)),
    AWAITING_APPROVAL(EnumSet.of(ArticleState.AWAITING_APPROVAL, ArticleState.APPROVED, ArticleState.PUBLISHED)),
    PUBLISHED(EnumSet.of(ArticleState.PUBLISHED));

    private final Set<ArticleState> reachedBy;

    FunnelStage(Set<ArticleState> reachedBy) {
        this.reachedBy = reachedBy;
    }

    /** The names of the states whose entry proves this step was reached, as the event log stores them. */
    public java.util.List<String> reachedBy() {
        return reachedBy.stream().map(Enum::name).toList();
    }
}
