package org.factdesk.analysis.compare;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The checkable facts a claim states, each as written and normalised for comparison: quantities (amount, currency
 * or unit, what is counted, the approximation words around them), days and times resolved against the article's
 * own date, and places. Places are read by shape, not from a gazetteer: a capitalised name after "in", "at",
 * "near", "to" or "from" ("at Russia's Vostochny Cosmodrome", "in the eastern city of Vladivostok"); only those
 * after "in", "at", "near" (or "the city of") say where something happened, the others are ends of a journey.
 *
 * @param quantities in text order
 * @param dates      in text order
 * @param places     in text order, each name once
 */
public record ClaimValues(List<Quantity> quantities, List<When> dates, List<Place> places) {

    /**
     * A place as written, its normal form ("Vostochny Cosmodrome" and "Vostochny spaceport" are both "vostochny"),
     * and whether the text says something happened there rather than that someone travelled to or from it.
     */
    public record Place(String written, String normal, int start, boolean located, String preposition) {
    }

    /** Longer texts are read up to here: a claim is a sentence or a few. */
    static final int MAX_TEXT = 10_000;

    /** "in", "at", "near"... then optional article, adjectives and "city of", then capitalised words (possessive allowed). */
    private static final Pattern PLACE = Pattern.compile("\\b(in|at|near|off|(?<![Aa]ccording )(?<![Dd]ue )(?<![Tt]hanks )to"
            + "|towards|from|inside|outside|on the grounds of"
            + "|(?:north|south|east|west|north-east|north-west|south-east|south-west|northeast|northwest|southeast"
            + "|southwest) of)"
            + "\\s+(?:the\\s+)?(?:(?:[\\p{Ll}-]+\\s+){0,3}(?:city|town|village|region|province|port|capital|county"
            + "|district|island) of\\s+)?"
            + "((?:new\\s+)?\\p{Lu}[\\p{L}-]*(?:[’']s)?(?:\\s+\\p{Lu}[\\p{L}-]*(?:[’']s)?){0,3}"
            + "(?:\\s+(?:cosmodrome|spaceport|space center|space centre|airport|station|base|region|province"
            + "|city|square|palace|port|island|hospital|stadium|forum))?)");
    private static final Pattern NAMED_PLACE = Pattern.compile("\\b(?:city|town|village|region|province|capital|port"
            + "|county|district|island) of\\s+(\\p{Lu}[\\p{L}-]*(?:\\s+\\p{Lu}[\\p{L}-]*){0,2})");
    private static final Pattern WEEKDAY_OR_MONTH = Pattern.compile("(?:January|February|March|April|May|June|July"
            + "|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
            + "(?:\\s.*)?");
    private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d\\d");

    public ClaimValues {
        quantities = List.copyOf(quantities);
        dates = List.copyOf(dates);
        places = List.copyOf(places);
    }

    public static ClaimValues of(String text) {
        return of(text, null);
    }

    /** @param published the article's date, against which "on Friday" and "yesterday" are read; may be null */
    public static ClaimValues of(String text, LocalDate published) {
        var bounded = text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT);
        var stems = new Stems(bounded);
        return new ClaimValues(QuantityReader.read(bounded, stems), WhenReader.read(bounded, published, stems),
                places(bounded));
    }

    /** The years the text writes out, sorted: two reports of one event name the same ones. */
    List<String> years() {
        var years = new ArrayList<String>();
        for (var date : dates) {
            if (date.writtenYear() > 0) {
                years.add(Integer.toString(date.writtenYear()));
            } else if (YEAR.matcher(date.written()).find()) {
                var matcher = YEAR.matcher(date.written());
                while (matcher.find()) {
                    years.add(matcher.group());
                }
            }
        }
        return years.stream().sorted().toList();
    }

    /**
     * Each place name, split at possessives: "Russia's Vostochny Cosmodrome" is Russia, then Vostochny Cosmodrome.
     * An owner before a common noun ("at Velmar's plant in Nijmegen") is no place.
     */
    public static List<Place> places(String text) {
        var places = new ArrayList<Place>();
        var named = NAMED_PLACE.matcher(text);
        while (named.find()) {
            places.add(new Place(named.group(1), normalPlace(named.group(1)), named.start(1), true, "of"));
        }
        var matcher = PLACE.matcher(text);
        while (matcher.find()) {
            var preposition = matcher.group(1).toLowerCase(Locale.ROOT).replaceFirst("^.* of$", "of");
            var located = !preposition.matches("to|towards|from");
            var parts = matcher.group(2).split("(?<=[’']s)\\s+");
            var offset = matcher.start(2);
            for (var i = 0; i < parts.length; i++) {
                var part = parts[i];
                var start = offset;
                offset += part.length() + 1;
                if (part.matches(".*[’']s") && i == parts.length - 1) {
                    continue;
                }
                var name = part.replaceFirst("[’']s$", "").replaceFirst("^new\\s+", "").strip();
                var normal = normalPlace(name);
                if (!name.isEmpty() && !WEEKDAY_OR_MONTH.matcher(name).matches()
                        && places.stream().noneMatch(p -> p.normal().equals(normal))) {
                    places.add(new Place(name, normal, start, located, preposition));
                }
            }
        }
        places.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return places;
    }

    /** Lower case, kind words ("cosmodrome", "city") dropped: "Vostochny Cosmodrome" and "Vostochny spaceport" agree. */
    static String normalPlace(String name) {
        var words = new ArrayList<String>();
        for (var word : name.toLowerCase(Locale.ROOT).split("[\\s-]+")) {
            if (!word.matches("cosmodrome|spaceport|space|center|centre|airport|station|base|region|province|city"
                    + "|square|palace|port|island|hospital|stadium|forum|co|county")) {
                words.add(word);
            }
        }
        return words.isEmpty() ? name.toLowerCase(Locale.ROOT) : String.join(" ", words);
    }
}
