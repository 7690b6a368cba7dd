package org.factdesk.analysis.control.matching;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Decides whether two claims say the same thing, and where they disagree. Precision comes first: a desk flooded
 * with false matches stops reading them. Two routes lead to "same statement":
 * <ul>
 *   <li>the words: enough content words in common, counted both ways (a quote fragment against the full quote) and
 *       compared through the surrounding sentence when the claim itself is a few words ("despite being busy");</li>
 *   <li>the event: both claims say where one kind of event (a meeting, a visit, an attack...) involving the same
 *       people happened, in the same year; that is how "the leaders meet in Vladivostok" and "had a talk at the
 *       Vostochny Cosmodrome" become one statement with a conflict of place.</li>
 * </ul>
 * Stateless and thread-safe.
 */
public final class ClaimMatcher {

    /** Shared content, averaged over containment and Dice; below this, claims only touch the same topic. */
    static final double SAME_WORDS = 0.55;
    /** A claim this short says too little alone; its sentence is compared instead. */
    private static final int SHORT_CLAIM_TERMS = 4;
    private static final int MIN_SHARED_TERMS = 3;
    private static final int MIN_SHARED_COMMON_TERMS = 2;
    private static final double SAME_COMMON_WORDS = 0.5;
    /** An event match still needs this much in common, so that two events of a kind in one story stay apart. */
    private static final double SAME_EVENT_WORDS = 0.25;
    private static final Set<String> EVENT_TERMS = Set.of("meet", "visit", "arriv", "attack", "launch", "fir",
            "sign", "vot", "elect", "strik", "explos", "crash", "protest", "arrest", "held");
    private static final Set<String> ROLE_TERMS = Set.of("leader", "president", "minister", "chairman",
            "chancellor", "king", "queen", "premier", "governor", "mayor", "spokesman", "spokeswoman", "general",
            "secretary", "official", "ambassador");

    private final ConflictFinder conflicts = new ConflictFinder();

    public Comparison compare(MatchableClaim a, MatchableClaim b) {
        var termsA = new HashSet<>(Terms.of(a.text()));
        var termsB = new HashSet<>(Terms.of(b.text()));
        var commonA = new HashSet<>(Terms.common(a.text()));
        var commonB = new HashSet<>(Terms.common(b.text()));
        var similarity = similarity(termsA, termsB);
        if (termsA.size() < SHORT_CLAIM_TERMS || termsB.size() < SHORT_CLAIM_TERMS) {
            var contextA = new HashSet<>(Terms.of(a.context()));
            var contextB = new HashSet<>(Terms.of(b.context()));
            termsA.addAll(contextA);
            termsB.addAll(contextB);
            commonA.addAll(Terms.common(a.context()));
            commonB.addAll(Terms.common(b.context()));
            similarity = Math.max(similarity, similarity(contextA, contextB));
        }
        var valuesA = ClaimValues.of(a.context());
        var valuesB = ClaimValues.of(b.context());
        // names and titles recur all through a story; what the claims say must overlap in its own words too
        commonA.removeAll(ROLE_TERMS);
        commonB.removeAll(ROLE_TERMS);
        var sameWords = similarity >= SAME_WORDS && shared(termsA, termsB) >= MIN_SHARED_TERMS
                && shared(commonA, commonB) >= MIN_SHARED_COMMON_TERMS
                && similarity(commonA, commonB) >= SAME_COMMON_WORDS;
        if (!sameWords && !sameEvent(a, b, termsA, termsB, valuesA, valuesB, similarity)) {
            return new Comparison(false, round(similarity), List.of());
        }
        var found = conflicts.between(a, b, ClaimValues.of(a.text()), ClaimValues.of(b.text()));
        return new Comparison(true, round(similarity), found);
    }

    private boolean sameEvent(MatchableClaim a, MatchableClaim b, Set<String> termsA, Set<String> termsB,
                              ClaimValues valuesA, ClaimValues valuesB, double similarity) {
        if (similarity < SAME_EVENT_WORDS || !valuesA.years().equals(valuesB.years())) {
            return false;
        }
        var sharedEvent = termsA.stream().anyMatch(t -> EVENT_TERMS.contains(t) && termsB.contains(t));
        var placesA = ConflictFinder.specificPlaces(valuesA);
        var placesB = ConflictFinder.specificPlaces(valuesB);
        return sharedEvent && !placesA.isEmpty() && !placesB.isEmpty()
                && participants(a.context()).stream().anyMatch(participants(b.context())::contains);
    }

    /** Names and roles of who takes part: capitalised words that are not places, and titles like "leader". */
    private static Set<String> participants(String text) {
        var result = new HashSet<String>();
        var places = new HashSet<String>();
        ClaimValues.of(text).places().forEach(p -> places.addAll(Terms.of(p.written())));
        for (var word : text.split("[^\\p{L}’'-]+")) {
            if (word.isEmpty()) {
                continue;
            }
            var terms = Terms.of(word);
            if (terms.isEmpty()) {
                continue;
            }
            var term = terms.get(0);
            if (ROLE_TERMS.contains(term) || Character.isUpperCase(word.charAt(0)) && !places.contains(term)) {
                result.add(term);
            }
        }
        return result;
    }

    static double similarity(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        var shared = shared(a, b);
        var containment = shared / (double) Math.min(a.size(), b.size());
        var dice = 2.0 * shared / (a.size() + b.size());
        return (containment + dice) / 2;
    }

    private static int shared(Set<String> a, Set<String> b) {
        var count = 0;
        for (var term : a) {
            count += b.contains(term) ? 1 : 0;
        }
        return count;
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
