package org.factdesk.analysis.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.factdesk.analysis.ConflictKind;

/**
 * Where two copies of one statement disagree. A value only one copy gives is no disagreement: leaving a detail
 * out is not contradicting it. Places are compared below country level, figures by the noun they count, dates
 * by their kind (a weekday against a weekday, a year against a year), and spelling variants of a name
 * ("Vostochny", "Vostotshny") agree.
 */
public final class ConflictFinder {

    /** Names this alike are one name spelt two ways (transliteration, typos). */
    private static final double SAME_NAME = 0.75;
    private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d\\d");
    private static final Pattern WEEKDAY = Pattern.compile("monday|tuesday|wednesday|thursday|friday|saturday|sunday");

    List<Conflict> between(MatchableClaim a, MatchableClaim b, ClaimValues valuesA, ClaimValues valuesB) {
        var conflicts = new ArrayList<Conflict>();
        figure(valuesA, valuesB, conflicts);
        place(valuesA, valuesB, conflicts);
        date(valuesA, valuesB, conflicts);
        speaker(a.speaker(), b.speaker(), conflicts);
        return List.copyOf(conflicts);
    }

    public static List<ClaimValues.Value> specificPlaces(ClaimValues values) {
        return values.places().stream().filter(p -> !Countries.contains(p.normal())).toList();
    }

    private static void figure(ClaimValues a, ClaimValues b, List<Conflict> out) {
        for (var x : a.figures()) {
            var sameUnit = b.figures().stream().filter(x::comparableWith).toList();
            var alone = a.figures().size() == 1 && b.figures().size() == 1;
            var candidates = sameUnit.isEmpty() && alone
                    ? b.figures().stream().filter(y -> y.isShare() == x.isShare()).toList() : sameUnit;
            if (!candidates.isEmpty() && candidates.stream().noneMatch(y -> y.amount() == x.amount())) {
                out.add(new Conflict(ConflictKind.NUMBER, x.written(), candidates.get(0).written()));
                return;
            }
        }
    }

    private static void place(ClaimValues a, ClaimValues b, List<Conflict> out) {
        var placesA = specificPlaces(a);
        var placesB = specificPlaces(b);
        if (placesA.isEmpty() || placesB.isEmpty()) {
            return;
        }
        var agree = placesA.stream().anyMatch(x -> placesB.stream().anyMatch(y -> sameName(x.normal(), y.normal())));
        if (!agree) {
            out.add(new Conflict(ConflictKind.PLACE, placesA.get(0).written(), placesB.get(0).written()));
        }
    }

    private static void date(ClaimValues a, ClaimValues b, List<Conflict> out) {
        for (var kind : new Pattern[] {YEAR, WEEKDAY}) {
            var datesA = a.dates().stream().filter(d -> kind.matcher(d.normal()).matches()).toList();
            var datesB = b.dates().stream().filter(d -> kind.matcher(d.normal()).matches()).toList();
            if (!datesA.isEmpty() && !datesB.isEmpty()
                    && datesA.stream().noneMatch(x -> datesB.stream().anyMatch(y -> y.normal().equals(x.normal())))) {
                out.add(new Conflict(ConflictKind.DATE, datesA.get(0).written(), datesB.get(0).written()));
                return;
            }
        }
    }

    private static void speaker(String a, String b, List<Conflict> out) {
        if (a == null || b == null || a.isBlank() || b.isBlank()) {
            return;
        }
        var wordsA = names(a);
        var wordsB = names(b);
        var shared = wordsA.stream().anyMatch(x -> wordsB.stream().anyMatch(y -> sameName(x, y)));
        if (!shared) {
            out.add(new Conflict(ConflictKind.SPEAKER, a, b));
        }
    }

    private static List<String> names(String speaker) {
        return List.of(speaker.toLowerCase(Locale.ROOT).split("[\\s-]+"));
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
