package org.factdesk.analysis.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.ToLongBiFunction;
import org.factdesk.analysis.ClaimKind;
import org.factdesk.analysis.ConflictKind;

/**
 * Where two copies of one statement disagree, slot by slot: quantities, days and times, places, the speaker. A value
 * only one copy gives is no disagreement: leaving a detail out is not contradicting it. Values of a slot are paired
 * before they are compared, and a value that agrees with any counterpart is settled: a claim giving both
 * candidates' shares ("52.4 percent against 47.6 percent") does not disagree with one that gives the winner's alone.
 * What is left unsettled on both sides disagrees, each value with its nearest counterpart.
 * <ul>
 *   <li>Quantities pair by what they count ("312 passengers", "321 passengers") or, when each claim has one, by
 *       their kind; they disagree where the amounts their wording allows do not overlap (see {@link Approximation}),
 *       money in two currencies at a reference rate (see {@link Currencies}).</li>
 *   <li>Days and times are compared on what both know (see {@link When}).</li>
 *   <li>Places where something happened are compared below country level; spelling variants of a name agree
 *       ("Vostochny", "Vostotshny"), and one shared place settles the slot, since one claim may name the city and
 *       the other the building.</li>
 *   <li>Speakers are compared where both claims quote the words: words in quotation marks are one person's, and two
 *       outlets giving them to different people disagree. Reported speech is not: one outlet may give a statement
 *       to a company and another to its chief executive or spokesperson, and two sources saying one thing agree.</li>
 * </ul>
 * Every disagreement is returned, each with its two values and the sentence of each claim that holds them.
 */
public final class ConflictFinder {

    /** Names this alike are one name spelt two ways (transliteration, typos). */
    private static final double SAME_NAME = 0.75;

    /** Every disagreement of two claims already found to be the same statement, read from the values given. */
    public List<Conflict> between(MatchableClaim a, MatchableClaim b, ClaimValues valuesA, ClaimValues valuesB) {
        var conflicts = new ArrayList<Conflict>();
        var quantityPairs = unsettled(valuesA.quantities(), valuesB.quantities(),
                (x, y) -> comparable(x, y, valuesA.quantities(), valuesB.quantities()), Quantity::agreesWith,
                ConflictFinder::closeness);
        for (var pair : quantityPairs) {
            conflicts.add(conflict(ConflictKind.NUMBER, a, pair.a().written(), pair.a().start(),
                    b, pair.b().written(), pair.b().start()));
        }
        var datePairs = unsettled(valuesA.dates(), valuesB.dates(),
                (x, y) -> x.datesTheSameAs(y) && x.compare(y) != When.Verdict.INCOMPARABLE,
                (x, y) -> x.compare(y) == When.Verdict.AGREE, ConflictFinder::closeness);
        for (var pair : datePairs) {
            conflicts.add(conflict(ConflictKind.DATE, a, pair.a().written(), pair.a().start(),
                    b, pair.b().written(), pair.b().start()));
        }
        place(a, b, valuesA, valuesB, conflicts);
        speaker(a, b, conflicts);
        return List.copyOf(conflicts);
    }

    public static List<ClaimValues.Place> specificPlaces(ClaimValues values) {
        return specificPlaces(values.places());
    }

    public static List<ClaimValues.Place> specificPlaces(List<ClaimValues.Place> places) {
        return places.stream().filter(p -> !Countries.contains(p.normal())).toList();
    }

    record Pair<T>(T a, T b) {
    }

    /**
     * The pairs that disagree once every value agreeing with a comparable counterpart is set aside. The leftovers
     * pair up closest first, each value once, and come back in the order of the first claim.
     */
    static <T> List<Pair<T>> unsettled(List<T> a, List<T> b, BiPredicate<T, T> comparable, BiPredicate<T, T> agree,
                                       ToLongBiFunction<T, T> closeness) {
        var settledA = new HashSet<Integer>();
        var settledB = new HashSet<Integer>();
        for (var i = 0; i < a.size(); i++) {
            for (var j = 0; j < b.size(); j++) {
                if (comparable.test(a.get(i), b.get(j)) && agree.test(a.get(i), b.get(j))) {
                    settledA.add(i);
                    settledB.add(j);
                }
            }
        }
        record Candidate(int i, int j, long closeness) {
        }
        var candidates = new ArrayList<Candidate>();
        for (var i = 0; i < a.size(); i++) {
            for (var j = 0; j < b.size(); j++) {
                if (!settledA.contains(i) && !settledB.contains(j) && comparable.test(a.get(i), b.get(j))) {
                    candidates.add(new Candidate(i, j, closeness.applyAsLong(a.get(i), b.get(j))));
                }
            }
        }
        candidates.sort(Comparator.comparingLong(Candidate::closeness).reversed()
                .thenComparingInt(Candidate::i).thenComparingInt(Candidate::j));
        var takenA = new HashSet<Integer>();
        var takenB = new HashSet<Integer>();
        var chosen = new ArrayList<Candidate>();
        for (var candidate : candidates) {
            if (!takenA.contains(candidate.i()) && !takenB.contains(candidate.j())) {
                takenA.add(candidate.i());
                takenB.add(candidate.j());
                chosen.add(candidate);
            }
        }
        chosen.sort(Comparator.comparingInt(Candidate::i));
        return chosen.stream().map(c -> new Pair<>(a.get(c.i()), b.get(c.j()))).toList();
    }

    /**
     * Two quantities say how much of one thing there is, or are the only quantity of their kind on each side. Sums in
     * two currencies are compared at the reference rate only where neither claim gives the other's currency: "$3.7
     * billion" does not settle "€4.3bn" beside "€3.4bn".
     */
    private static boolean comparable(Quantity x, Quantity y, List<Quantity> all, List<Quantity> others) {
        if (x.kind() == Quantity.Kind.MONEY && y.kind() == Quantity.Kind.MONEY && !x.unit().equals(y.unit())
                && (inCurrency(others, x.unit()) || inCurrency(all, y.unit()))) {
            return false;
        }
        if (x.comparableWith(y)) {
            return true;
        }
        // "2,300 people" and "6,000 customers" count different things even when each is alone
        var unnamed = x.kind() != Quantity.Kind.COUNT || x.counted().isEmpty() || y.counted().isEmpty();
        return unnamed && x.kind() == y.kind() && Objects.equals(x.per(), y.per())
                && all.stream().filter(q -> q.kind() == x.kind()).count() == 1
                && others.stream().filter(q -> q.kind() == y.kind()).count() == 1;
    }

    private static boolean inCurrency(List<Quantity> quantities, String code) {
        return quantities.stream().anyMatch(q -> q.kind() == Quantity.Kind.MONEY && code.equals(q.unit()));
    }

    /** What they count first, then the words around them. */
    private static long closeness(Quantity x, Quantity y) {
        var shared = x.around().stream().filter(y.around()::contains).count();
        return (x.countsLike(y) ? 100 : 0) + shared;
    }

    /** Named alike first ("Thursday" with "Wednesday", a date with a date), then nearest in time. */
    private static long closeness(When x, When y) {
        return (x.form().equals(y.form()) ? 366L * When.DAY : 0) - x.distance(y);
    }

    private static void place(MatchableClaim a, MatchableClaim b, ClaimValues valuesA, ClaimValues valuesB,
                              List<Conflict> out) {
        var placesA = specificPlaces(valuesA).stream().filter(ClaimValues.Place::located).toList();
        var placesB = specificPlaces(valuesB).stream().filter(ClaimValues.Place::located).toList();
        if (placesA.isEmpty() || placesB.isEmpty()) {
            return;
        }
        var agree = placesA.stream().anyMatch(x -> placesB.stream().anyMatch(y -> sameName(x.normal(), y.normal())));
        if (!agree) {
            // like with like: the town "in" which it happened against the other's town, not the venue "at" which
            var pair = sameKindOfPlace(placesA, placesB);
            var x = pair.a();
            var y = pair.b();
            out.add(conflict(ConflictKind.PLACE, a, x.written(), x.start(), b, y.written(), y.start()));
        }
    }

    private static Pair<ClaimValues.Place> sameKindOfPlace(List<ClaimValues.Place> a, List<ClaimValues.Place> b) {
        for (var x : a) {
            for (var y : b) {
                if (x.preposition().equals(y.preposition())) {
                    return new Pair<>(x, y);
                }
            }
        }
        return new Pair<>(a.get(0), b.get(0));
    }

    private static void speaker(MatchableClaim a, MatchableClaim b, List<Conflict> out) {
        var speakerA = a.speaker();
        var speakerB = b.speaker();
        if (speakerA == null || speakerB == null || speakerA.isBlank() || speakerB.isBlank()
                || a.kind() != ClaimKind.DIRECT_QUOTE || b.kind() != ClaimKind.DIRECT_QUOTE) {
            return;
        }
        var wordsA = names(speakerA);
        var wordsB = names(speakerB);
        var shared = wordsA.stream().anyMatch(x -> wordsB.stream().anyMatch(y -> sameName(x, y)));
        if (!shared) {
            out.add(new Conflict(ConflictKind.SPEAKER, speakerA, speakerB, sentence(a, 0), sentence(b, 0)));
        }
    }

    private static Conflict conflict(ConflictKind kind, MatchableClaim a, String valueA, int startA,
                                     MatchableClaim b, String valueB, int startB) {
        return new Conflict(kind, valueA, valueB, sentence(a, startA), sentence(b, startB));
    }

    /** The sentence of the claim's context that holds the value read at {@code start} of the claim's text. */
    private static String sentence(MatchableClaim claim, int start) {
        var context = claim.context();
        var at = context.indexOf(claim.text());
        return at < 0 ? SentenceAround.of(claim.text(), start) : SentenceAround.of(context, at + start);
    }

    private static Set<String> names(String speaker) {
        return Set.of(speaker.toLowerCase(Locale.ROOT).split("[\\s-]+"));
    }

    /** Any word of one name close enough to a word of the other, by edit distance relative to length. */
    public static boolean sameName(String a, String b) {
        if (a.equals(b) || isAcronymOf(a, b) || isAcronymOf(b, a)) {
            return true;
        }
        for (var x : a.split(" ")) {
            for (var y : b.split(" ")) {
                var longer = Math.max(x.length(), y.length());
                if (x.equals(y) && longer >= 3) {
                    return true;
                }
                if (Math.min(x.length(), y.length()) >= 4 && 1 - distance(x, y) / (double) longer >= SAME_NAME) {
                    return true;
                }
            }
        }
        return false;
    }

    /** "AMAs" for "American Music Awards", "EU" for "European Union". */
    private static boolean isAcronymOf(String shortName, String longName) {
        var words = longName.split("[\\s-]+");
        if (words.length < 2 || shortName.length() < 2 || shortName.length() > words.length + 1
                || shortName.contains(" ")) {
            return false;
        }
        var initials = new StringBuilder();
        for (var word : words) {
            initials.append(word.charAt(0));
        }
        var letters = shortName.endsWith("s") && shortName.length() == words.length + 1
                ? shortName.substring(0, shortName.length() - 1) : shortName;
        return letters.equalsIgnoreCase(initials.toString());
    }

    private static int distance(String a, String b) {
        var previous = new int[b.length() + 1];
        var current = new int[b.length() + 1];
        for (var j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (var i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (var j = 1; j <= b.length(); j++) {
                var cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            var swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
