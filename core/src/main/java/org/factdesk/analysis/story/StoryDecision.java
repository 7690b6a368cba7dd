package org.factdesk.analysis.story;

/**
 * Whether an arriving article reports the same event as one filed earlier, and how alike the two are. The one
 * question story filing asks, so that a better judge (words and meaning) replaces the rule-based one in one place.
 * Implementations are stateless and thread-safe.
 */
@FunctionalInterface
public interface StoryDecision {

    StoryMatcher.StoryComparison compare(StorySignature incoming, StorySignature earlier);
}
