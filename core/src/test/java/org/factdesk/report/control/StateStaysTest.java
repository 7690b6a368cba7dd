package org.factdesk.report.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.factdesk.article.entity.ArticleState;
import org.factdesk.report.control.StateStays.Transition;
import org.junit.jupiter.api.Test;

class StateStaysTest {

    private static final Instant T0 = Instant.parse("2024-03-04T08:00:00Z");

    private static Transition at(long article, long hours, ArticleState to) {
        return new Transition(article, T0.plus(Duration.ofHours(hours)), to);
    }

    @Test
    void aStayLastsUntilTheArticlesNextTransition() {
        var stays = StateStays.of(List.of(
                at(1, 0, ArticleState.INGESTED), at(1, 5, ArticleState.IN_REVIEW), at(1, 8, ArticleState.AWAITING_APPROVAL),
                at(1, 9, ArticleState.APPROVED), at(1, 12, ArticleState.PUBLISHED)), T0.plus(Duration.ofDays(30)));

        assertEquals(List.of(Duration.ofHours(5)), stays.get(ArticleState.INGESTED));
        assertEquals(List.of(Duration.ofHours(3)), stays.get(ArticleState.IN_REVIEW));
        assertEquals(List.of(Duration.ofHours(1)), stays.get(ArticleState.AWAITING_APPROVAL));
        assertEquals(List.of(Duration.ofHours(3)), stays.get(ArticleState.APPROVED));
        assertFalse(stays.containsKey(ArticleState.PUBLISHED), "a final state has no length of stay");
    }

    @Test
    void theCurrentStateCountsUpToTheCutOffAndArticlesDoNotBorrowEachOthersTransitions() {
        var stays = StateStays.of(List.of(
                at(1, 0, ArticleState.INGESTED),
                at(2, 2, ArticleState.INGESTED), at(2, 4, ArticleState.IN_REVIEW)), T0.plus(Duration.ofHours(10)));

        assertEquals(List.of(Duration.ofHours(2), Duration.ofHours(10)), stays.get(ArticleState.INGESTED));
        assertEquals(List.of(Duration.ofHours(6)), stays.get(ArticleState.IN_REVIEW));
    }

    @Test
    void aTransitionAfterTheCutOffEndsTheStayAtTheCutOff() {
        var stays = StateStays.of(List.of(at(1, 0, ArticleState.INGESTED), at(1, 50, ArticleState.IN_REVIEW)),
                T0.plus(Duration.ofHours(24)));

        assertEquals(List.of(Duration.ofHours(24)), stays.get(ArticleState.INGESTED));
        assertEquals(List.of(Duration.ZERO), stays.get(ArticleState.IN_REVIEW));
    }

    @Test
    void aReturnedArticleHasOneStayPerVisitSortedForPercentiles() {
        var stays = StateStays.of(List.of(
                at(1, 0, ArticleState.IN_REVIEW), at(1, 10, ArticleState.RETURNED), at(1, 11, ArticleState.IN_REVIEW),
                at(1, 13, ArticleState.AWAITING_APPROVAL)), T0.plus(Duration.ofHours(20)));

        assertEquals(List.of(Duration.ofHours(2), Duration.ofHours(10)), stays.get(ArticleState.IN_REVIEW));
        assertEquals(List.of(Duration.ofHours(1)), stays.get(ArticleState.RETURNED));
    }
}
