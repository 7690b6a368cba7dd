package org.factdesk.analysis.story;

import java.time.temporal.ChronoUnit;
import java.util.Set;
import org.factdesk.analysis.compare.ConflictFinder;

/**
 * Whether two articles report the same event. People and the story's own words weigh most; a shared place counts
 * only beside them, so a typhoon in Vladivostok and a summit in Vladivostok stay two stories. Articles dated more
 * than {@value #MAX_DAYS_APART} days apart are different events even when the same people meet again.
 * Stateless and thread-safe.
 */
public final class StoryMatcher implements StoryDecision {

    static final long MAX_DAYS_APART = 3;
    static final double SAME_STORY = 0.35;
    private static final double SAME_SUBJECT = 0.25;
    private static final double SAME_SUBJECT_AT_SAME_PLACE = 0.15;
    private static final double PEOPLE = 0.35;
    private static final double TERMS = 0.45;
    private static final double PLACES = 0.1;
    private static final double ORGANISATIONS = 0.1;

    /** @param similarity in [0,1] */
    public record StoryComparison(boolean sameStory, double similarity) {
    }

    @Override
    public StoryComparison compare(StorySignature a, StorySignature b) {
        if (a.eventDate() != null && b.eventDate() != null
                && Math.abs(ChronoUnit.DAYS.between(a.eventDate(), b.eventDate())) > MAX_DAYS_APART) {
            return new StoryComparison(false, 0);
        }
        var people = overlap(a.people(), b.people(), true);
        var terms = overlap(a.keyTerms(), b.keyTerms(), false);
        var places = overlap(a.places(), b.places(), true);
        var organisations = overlap(a.organisations(), b.organisations(), false);
        var similarity = PEOPLE * people + TERMS * terms + PLACES * places + ORGANISATIONS * organisations;
        // one thing in common, however strong, is a coincidence: the same people and the same subject make a story;
        // the same people at the same place need less of the same wording
        var subject = places > 0 ? SAME_SUBJECT_AT_SAME_PLACE : SAME_SUBJECT;
        var same = similarity >= SAME_STORY && people > 0 && terms >= subject;
        return new StoryComparison(same, Math.round(similarity * 1000) / 1000.0);
    }

    /** Share of the smaller set found in the other; names may differ in spelling. */
    private static double overlap(Set<String> a, Set<String> b, boolean names) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        var shared = 0;
        for (var x : a) {
            var found = names ? b.stream().anyMatch(y -> ConflictFinder.sameName(x, y)) : b.contains(x);
            shared += found ? 1 : 0;
        }
        return Math.min(1, shared / (double) Math.min(a.size(), b.size()));
    }
}
