package org.factdesk.analysis.story;

import java.util.Collection;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * Decides which story an arriving article joins, the same way for the server's ingest (earlier articles read from
 * the database) and for the {@code analyze} command (earlier files of the folder): a copy of an earlier text joins
 * its original's story; any other article joins the story of the most similar earlier article that reports the
 * same event; failing both, it starts a story of its own. Ties go to the earlier candidate. Which earlier articles
 * are candidates (a time window, a cap) is the caller's choice. Thread-safe.
 */
public final class StoryFiling {

    /** An article already filed: its story and what it is about. */
    public record Filed(long story, StoryProfile profile) {
        public Filed {
            Objects.requireNonNull(profile, "profile");
        }
    }

    private final StoryDecision decision;

    public StoryFiling() {
        this(new StoryMatcher());
    }

    public StoryFiling(StoryDecision decision) {
        this.decision = Objects.requireNonNull(decision, "decision");
    }

    /**
     * @param storyOfOriginal the story of the text this article is a near-duplicate of, or null
     * @param earlier         earlier articles, in the order they were filed
     * @return the story to join, or empty for a new story
     */
    public OptionalLong file(StoryProfile incoming, Long storyOfOriginal, Collection<Filed> earlier) {
        if (storyOfOriginal != null) {
            return OptionalLong.of(storyOfOriginal);
        }
        var best = OptionalLong.empty();
        var bestSimilarity = 0.0;
        for (var filed : earlier) {
            var comparison = decision.compare(incoming, filed.profile());
            if (comparison.sameStory() && comparison.similarity() > bestSimilarity) {
                best = OptionalLong.of(filed.story());
                bestSimilarity = comparison.similarity();
            }
        }
        return best;
    }
}
