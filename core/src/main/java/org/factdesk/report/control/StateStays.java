package org.factdesk.report.control;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.factdesk.article.entity.ArticleState;

/**
 * Turns an article's state transitions into stays: a stay begins when the article enters a state and ends at its
 * next transition. A stay still going on at the end of the period counts up to then (or up to now, for a period
 * that has not ended). Final states have no length of stay, so they are left out.
 */
public final class StateStays {

    /** One transition as the event log recorded it. */
    public record Transition(long articleId, Instant at, ArticleState to) {
    }

    private StateStays() {
    }

    /**
     * @param transitions ordered by article, then time
     * @param cutOff      where stays without a later transition end: the end of the period or now, whichever is first
     * @return the lengths of the stays in each non-final state, each list sorted ascending
     */
    public static Map<ArticleState, List<Duration>> of(List<Transition> transitions, Instant cutOff) {
        var stays = new EnumMap<ArticleState, List<Duration>>(ArticleState.class);
        for (var state : ArticleState.values()) {
            if (state.isOpenForReview()) {
                stays.put(state, new ArrayList<>());
            }
        }
        for (var i = 0; i < transitions.size(); i++) {
            var current = transitions.get(i);
            if (!current.to().isOpenForReview()) {
                continue;
            }
            var next = i + 1 < transitions.size() ? transitions.get(i + 1) : null;
            var end = next != null && next.articleId() == current.articleId() ? next.at() : cutOff;
            var length = Duration.between(current.at(), end.isBefore(cutOff) ? end : cutOff);
            stays.get(current.to()).add(length.isNegative() ? Duration.ZERO : length);
        }
        stays.values().forEach(list -> list.sort(null));
        return stays;
    }
}
