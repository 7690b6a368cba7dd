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

    /**
     * Story vectors this close are the same event told in other words, as long as the rest of the signature agrees
     * (below). Chosen so that unrelated news articles almost never come this close: the 99.9th percentile of the
     * cosines between the story vectors of the 181 different news pages of the Scrapinghub benchmark
     * ({@code CalibrateStoryVectors}).
     */
    static final double SAME_MEANING = 0.80;
    /** Of the names each opening gives, the share the other article must name too (another company's case). */
    static final double LEAD_NAMES_NAMED = 0.5;

    /** @param similarity in [0,1] */
    public record StoryComparison(boolean sameStory, double similarity) {
    }

    /**
     * By the signature, or by the meaning of the two articles' openings: the same event, told in other words, with
     * something in common (a person, an organisation or a place) and with the names each opening gives found in the
     * other article, so that another company's case before the same authority stays another story. A vector may be
     * null for an article stored before story vectors were kept; it is then compared by its signature.
     */
    public StoryComparison compare(StorySignature a, float[] vectorA, StorySignature b, float[] vectorB) {
        var bySignature = compare(a, b);
        if (bySignature.sameStory() || vectorA == null || vectorB == null || daysApart(a, b)) {
            return bySignature;
        }
        var cosine = 0.0;
        for (var i = 0; i < vectorA.length; i++) {
            cosine += vectorA[i] * vectorB[i];
        }
        var common = overlap(a.people(), b.people(), true) > 0 || overlap(a.organisations(), b.organisations(), false) > 0
                || overlap(a.places(), b.places(), true) > 0;
        var same = cosine >= SAME_MEANING && common && named(a.leadNames(), b.names()) >= LEAD_NAMES_NAMED
                && named(b.leadNames(), a.names()) >= LEAD_NAMES_NAMED;
        return new StoryComparison(same, Math.max(bySignature.similarity(), Math.round(cosine * 1000) / 1000.0));
    }

    private static boolean daysApart(StorySignature a, StorySignature b) {
        return a.eventDate() != null && b.eventDate() != null
                && Math.abs(ChronoUnit.DAYS.between(a.eventDate(), b.eventDate())) > MAX_DAYS_APART;
    }

    /** Share of the lead's names the other article names; 1 when the lead names nobody. */
    private static double named(Set<String> leadNames, Set<String> names) {
        if (leadNames.isEmpty()) {
            return 1;
        }
        return leadNames.stream().filter(names::contains).count() / (double) leadNames.size();
    }

    /** By the signatures and, where both articles have one, the story vectors. */
    @Override
    public StoryComparison compare(StoryProfile a, StoryProfile b) {
        return compare(a.signature(), a.vector(), b.signature(), b.vector());
    }

    /** By the signatures alone. */
    public StoryComparison compare(StorySignature a, StorySignature b) {
        if (daysApart(a, b)) {
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
