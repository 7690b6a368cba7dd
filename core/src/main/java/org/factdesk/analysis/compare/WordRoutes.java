package org.factdesk.analysis.compare;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The routes to "same statement" that read words rather than meaning, kept beside the learned decision for what a
 * corpus of sentence pairs does not teach: a quote fragment against the full quote (compared through the
 * surrounding sentence when the claim is a few words, "despite being busy"); an event of one kind (a meeting, a
 * visit, an attack...) involving the same people in the same year, whose places differ ("the leaders meet in
 * Vladivostok" and "had a talk at the Vostochny Cosmodrome": one statement with a conflict of place); and one count
 * of the same thing with the same outcome whose words agree once the differing figures are left out. Claims that
 * count different outcomes ("12 people died", "3,200 people left their homes") are never the same statement.
 */
final class WordRoutes {

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
    static final Set<String> ROLE_TERMS = PreparedClaim.ROLE_TERMS;

    private WordRoutes() {
    }

    static boolean same(PreparedClaim a, PreparedClaim b) {
        var similarity = rawSimilarity(a, b);
        if (similarity < SAME_EVENT_WORDS) {
            return false;
        }
        var viaContext = isShort(a, b);
        var termsA = viaContext ? union(a.terms(), a.contextTerms()) : a.terms();
        var termsB = viaContext ? union(b.terms(), b.contextTerms()) : b.terms();
        // names and titles recur all through a story; what the claims say must overlap in its own words too
        var commonA = withoutRoles(a.common(), viaContext ? a.contextCommon() : Set.of());
        var commonB = withoutRoles(b.common(), viaContext ? b.contextCommon() : Set.of());
        // "12 people died" and "3,200 people left their homes" share their setting, not their statement
        var outcomesA = outcomes(termsA);
        var outcomesB = outcomes(termsB);
        var sharedOutcome = outcomesA.stream().anyMatch(outcomesB::contains);
        if (!outcomesA.isEmpty() && !outcomesB.isEmpty() && !sharedOutcome) {
            return false;
        }
        var sameOutcome = sharedOutcome || outcomesA.isEmpty() && outcomesB.isEmpty();
        var sameWords = similarity >= SAME_WORDS && shared(termsA, termsB) >= MIN_SHARED_TERMS
                && shared(commonA, commonB) >= MIN_SHARED_COMMON_TERMS
                && similarity(commonA, commonB) >= SAME_COMMON_WORDS;
        if (!sameWords && !sameEvent(a, b, termsA, termsB)
                && !(sameOutcome && sameCount(a, b, termsA, termsB, commonA, commonB))) {
            return false;
        }
        return true;
    }

    /** "12 people died" and "3,200 people left their homes" share their setting, not their statement. */
    static boolean outcomesDiffer(PreparedClaim a, PreparedClaim b) {
        var viaContext = isShort(a, b);
        var outcomesA = outcomes(viaContext ? union(a.terms(), a.contextTerms()) : a.terms());
        var outcomesB = outcomes(viaContext ? union(b.terms(), b.contextTerms()) : b.terms());
        return !outcomesA.isEmpty() && !outcomesB.isEmpty() && outcomesA.stream().noneMatch(outcomesB::contains);
    }

    static double rawSimilarity(PreparedClaim a, PreparedClaim b) {
        var similarity = similarity(a.terms(), b.terms());
        return isShort(a, b) ? Math.max(similarity, similarity(a.contextTerms(), b.contextTerms())) : similarity;
    }

    private static boolean isShort(PreparedClaim a, PreparedClaim b) {
        return a.terms().size() < SHORT_CLAIM_TERMS || b.terms().size() < SHORT_CLAIM_TERMS;
    }

    /** Cheapest test first: most pairs share no event word, and then their values need not be read. */
    private static boolean sameEvent(PreparedClaim a, PreparedClaim b, Set<String> termsA, Set<String> termsB) {
        var sharedEvent = termsA.stream().anyMatch(t -> EVENT_TERMS.contains(t) && termsB.contains(t));
        return sharedEvent && a.contextValues().years().equals(b.contextValues().years())
                && !ConflictFinder.specificPlaces(a.contextValues()).isEmpty()
                && !ConflictFinder.specificPlaces(b.contextValues()).isEmpty()
                && a.participants().stream().anyMatch(b.participants()::contains);
    }

    private static boolean sameCount(PreparedClaim a, PreparedClaim b, Set<String> termsA, Set<String> termsB,
                                     Set<String> commonA, Set<String> commonB) {
        var countsSameThing = a.values().quantities().stream().anyMatch(x -> x.hasUnit()
                && b.values().quantities().stream().anyMatch(y -> x.countsLike(y) && x.amount() != y.amount()));
        if (!countsSameThing) {
            return false;
        }
        var wordsA = withoutFiguresOnlyIn(termsA, termsB);
        var wordsB = withoutFiguresOnlyIn(termsB, termsA);
        var ownA = withoutFiguresOnlyIn(commonA, commonB);
        var ownB = withoutFiguresOnlyIn(commonB, commonA);
        return similarity(wordsA, wordsB) >= SAME_WORDS && shared(wordsA, wordsB) >= MIN_SHARED_TERMS
                && shared(ownA, ownB) >= MIN_SHARED_COMMON_TERMS && similarity(ownA, ownB) >= SAME_COMMON_WORDS;
    }

    private static List<String> outcomes(Set<String> terms) {
        return terms.stream().filter(Terms.OUTCOMES::contains).toList();
    }

    private static Set<String> withoutFiguresOnlyIn(Set<String> terms, Set<String> other) {
        var result = new HashSet<>(terms);
        result.removeIf(term -> Terms.isFigure(term) && !other.contains(term));
        return result;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        var all = new HashSet<>(a);
        all.addAll(b);
        return all;
    }

    private static Set<String> withoutRoles(Set<String> common, Set<String> contextCommon) {
        var result = new HashSet<>(common);
        result.addAll(contextCommon);
        result.removeAll(ROLE_TERMS);
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

}
