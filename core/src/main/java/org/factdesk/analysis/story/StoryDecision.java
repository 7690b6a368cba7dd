package org.factdesk.analysis.story;

/**
 * Whether an arriving article reports the same event as one filed earlier, and how alike the two are. The one
 * question story filing asks, answered in one place for ingest and the {@code analyze} command: {@link StoryMatcher},
 * by the signature and by the meaning of the two openings. Implementations are stateless and thread-safe.
 */
@FunctionalInterface
public interface StoryDecision {

    StoryMatcher.StoryComparison compare(StoryProfile incoming, StoryProfile earlier);
}
