package org.factdesk.article.entity;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an article stands on the desk. The allowed moves are the article state machine of docs/ARCHITECTURE.md;
 * everything else is refused.
 */
public enum ArticleState {
    INGESTED("Ingested"),
    IN_REVIEW("In review"),
    AWAITING_APPROVAL("Awaiting approval"),
    RETURNED("Returned"),
    APPROVED("Approved"),
    PUBLISHED("Published"),
    ARCHIVED("Archived");

    private final String label;

    ArticleState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public Set<ArticleState> next() {
        return switch (this) {
            case INGESTED -> EnumSet.of(IN_REVIEW, ARCHIVED);
            case IN_REVIEW -> EnumSet.of(AWAITING_APPROVAL, RETURNED, APPROVED, ARCHIVED);
            case AWAITING_APPROVAL -> EnumSet.of(IN_REVIEW, RETURNED, APPROVED, ARCHIVED);
            case RETURNED -> EnumSet.of(IN_REVIEW, AWAITING_APPROVAL, APPROVED, ARCHIVED);
            case APPROVED -> EnumSet.of(IN_REVIEW, AWAITING_APPROVAL, RETURNED, PUBLISHED, ARCHIVED);
            case PUBLISHED, ARCHIVED -> EnumSet.noneOf(ArticleState.class);
        };
    }

    public boolean canMoveTo(ArticleState target) {
        return next().contains(target);
    }

    /** Reviews may still be started or edited: the article is neither closed nor out of the public's hands. */
    public boolean isOpenForReview() {
        return this != PUBLISHED && this != ARCHIVED;
    }
}
