package org.factdesk.analysis.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The checkable values a claim states, each as written and in a normal form for comparison: figures with the
 * noun they count, calendar references, and the places where something happens. Read by shape, not from a
 * gazetteer: a place is a capitalised name after "in", "at", "near", "to" or "from" ("at Russia's Vostochny
 * Cosmodrome", "in the eastern city of Vladivostok").
 */
public record ClaimValues(List<Figure> figures, List<Value> dates, List<Value> places) {

    /** A value as the claim writes it, and the form it is compared in. */
    public record Value(String written, String normal) {
    }

    /**
     * A figure and what it counts: the first word after it and, when a word follows that, the second too, since
     * the noun may come first ("3,000 people fled") or after a modifier ("2,500 Russian troops", "12 more
     * people"). Both are normalised as matching compares words ("residents" and "people" alike); no unit when
     * nothing follows.
     */
    record Figure(String written, double amount, List<String> units) {

        Figure {
            units = List.copyOf(units);
        }

        boolean hasUnit() {
            return !units.isEmpty();
        }

        /** Whether the two count the same thing, as far as the words after them tell. */
        boolean countsLike(Figure other) {
            return units.stream().anyMatch(other.units::contains);
        }

        /** Both count nothing named, or the same thing; a share is only compared with a share. */
        boolean comparableWith(Figure other) {
            return isShare() == other.isShare() && (units.isEmpty() && other.units.isEmpty() || countsLike(other));
        }

        boolean isShare() {
            return written.endsWith("%") || written.endsWith("cent");
        }
    }

    private static final Pattern FIGURE = Pattern.compile("(?<![\\p{L}\\p{N}.,-])(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?)"
            + "(\\s?(?:%|per ?cent|million|billion|trillion|thousand))?(?![\\p{L}\\d-])"
            + "|(?i)\\b(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty"
            + "|hundred|dozen)\\b");
    private static final Map<String, Integer> NUMBER_WORDS = Map.ofEntries(Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
            Map.entry("twelve", 12), Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40),
            Map.entry("fifty", 50), Map.entry("hundred", 100), Map.entry("dozen", 12));
    private static final Pattern UNIT_AFTER = Pattern.compile("^\\s*([\\p{Ll}-]+)(?:\\s+([\\p{Ll}]{3,}))?");
    private static final String MONTHS = "January|February|March|April|May|June|July|August|September|October"
            + "|November|December";
    private static final Pattern DATE = Pattern.compile("\\b(?:(?:" + MONTHS + ")\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s+"
            + "\\d{4})?|\\d{1,2}(?:st|nd|rd|th)?\\s+(?:" + MONTHS + ")(?:\\s+\\d{4})?|(?:" + MONTHS + ")(?:\\s+\\d{4})?"
            + "|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|(?:19|20)\\d\\d|\\d{4}-\\d{2}-\\d{2})\\b"
            + "|(?i)\\b(?:yesterday|today|tomorrow|last (?:week|month|year|night)|next (?:week|month|year))\\b");
    private static final Pattern YEAR = Pattern.compile("^(?:19|20)\\d\\d$");
    private static final Pattern CLOCK_AFTER = Pattern.compile("\\s*(?:[ap]\\.m\\.|[ap]m\\b|:\\d\\d)", Pattern.CASE_INSENSITIVE);
    private static final String MONTH_WORD = "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)(?:[a-z]*)\\.?";
    private static final Pattern MONTH_AFTER = Pattern.compile("(?:st|nd|rd|th)?\\s+" + MONTH_WORD + "(?![\\p{L}])");
    private static final Pattern MONTH_BEFORE = Pattern.compile("\\b" + MONTH_WORD + "\\s+$");
    /** "S&P 500", "iPhone 11": a name with an ampersand or a capital inside it. */
    private static final Pattern NAME_BEFORE = Pattern.compile("(?:\\S*&\\S*|\\S*\\p{Ll}\\p{Lu}\\S*)\\s$");
    /** "in", "at"... then optional article, adjectives and "city of", then capitalised words (possessive allowed). */
    private static final Pattern PLACE = Pattern.compile("\\b(?:in|at|near|(?<![Aa]ccording )(?<![Dd]ue )(?<![Tt]hanks )to|from"
            + "|inside|outside|on the grounds of)"
            + "\\s+(?:the\\s+)?(?:(?:[\\p{Ll}-]+\\s+){0,3}(?:city|town|village|region|province|port|capital) of\\s+)?"
            + "((?:new\\s+)?\\p{Lu}[\\p{L}-]*(?:[’']s)?(?:\\s+\\p{Lu}[\\p{L}-]*(?:[’']s)?){0,3}"
            + "(?:\\s+(?:cosmodrome|spaceport|space center|space centre|airport|station|base|region|province"
            + "|city|square|palace|port|island|hospital|stadium|forum))?)");
    private static final Pattern NAMED_PLACE = Pattern.compile("\\b(?:city|town|village|region|province|capital|port)"
            + " of\\s+(\\p{Lu}[\\p{L}-]*(?:\\s+\\p{Lu}[\\p{L}-]*){0,2})");
    private static final Pattern WEEKDAY_OR_MONTH = Pattern.compile("(?:" + MONTHS
            + "|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday).*");

    public ClaimValues {
        figures = List.copyOf(figures);
        dates = List.copyOf(dates);
        places = List.copyOf(places);
    }

    public static ClaimValues of(String text) {
        return new ClaimValues(figures(text), dates(text), places(text));
    }

    boolean hasYear() {
        return dates.stream().anyMatch(d -> YEAR.matcher(d.normal()).matches());
    }

    List<String> years() {
        return dates.stream().map(Value::normal).filter(d -> YEAR.matcher(d).matches()).sorted().toList();
    }

    private static List<Figure> figures(String text) {
        var figures = new ArrayList<Figure>();
        var matcher = FIGURE.matcher(text);
        while (matcher.find()) {
            if (isClockDayOrName(text, matcher.start(), matcher.end())) {
                continue;
            }
            double amount;
            if (matcher.group(1) != null) {
                if (YEAR.matcher(matcher.group(1)).matches() && matcher.group(2) == null) {
                    continue;
                }
                amount = Double.parseDouble(matcher.group(1).replace(",", ""));
                amount *= scale(matcher.group(2));
            } else {
                amount = NUMBER_WORDS.get(matcher.group(3).toLowerCase(Locale.ROOT));
            }
            var after = UNIT_AFTER.matcher(text.substring(matcher.end(), Math.min(text.length(), matcher.end() + 40)));
            var units = new ArrayList<String>();
            if (after.find()) {
                for (var group = 1; group <= 2; group++) {
                    var word = after.group(group);
                    if (word != null && word.length() >= 3 && !Terms.STOP_WORDS.contains(word)) {
                        units.add(Terms.normal(word));
                    }
                }
            }
            figures.add(new Figure(matcher.group().strip(), amount, units));
        }
        return figures;
    }

    /**
     * A number that tells the time ("10 a.m."), the day of a month ("Dec. 6", "6 December") or belongs to a name
     * ("S&P 500", "iPhone 11") counts nothing, so it is no figure to compare.
     */
    private static boolean isClockDayOrName(String text, int start, int end) {
        var after = text.substring(end, Math.min(text.length(), end + 12));
        var before = text.substring(Math.max(0, start - 12), start);
        return CLOCK_AFTER.matcher(after).lookingAt() || MONTH_AFTER.matcher(after).lookingAt()
                || MONTH_BEFORE.matcher(before).find() || NAME_BEFORE.matcher(before).find();
    }

    private static double scale(String suffix) {
        if (suffix == null) {
            return 1;
        }
        var s = suffix.strip().toLowerCase(Locale.ROOT);
        return switch (s) {
            case "thousand" -> 1e3;
            case "million" -> 1e6;
            case "billion" -> 1e9;
            case "trillion" -> 1e12;
            default -> 1;
        };
    }

    private static List<Value> dates(String text) {
        var dates = new ArrayList<Value>();
        var matcher = DATE.matcher(text);
        while (matcher.find()) {
            dates.add(new Value(matcher.group(), matcher.group().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ")));
        }
        return dates;
    }

    /** Each place name, split at possessives: "Russia's Vostochny Cosmodrome" is Russia, then Vostochny Cosmodrome. */
    private static List<Value> places(String text) {
        var places = new ArrayList<Value>();
        var named = NAMED_PLACE.matcher(text);
        while (named.find()) {
            places.add(new Value(named.group(1), normalPlace(named.group(1))));
        }
        var matcher = PLACE.matcher(text);
        while (matcher.find()) {
            for (var part : matcher.group(1).split("(?<=[’']s)\\s+")) {
                var name = part.replaceFirst("[’']s$", "").replaceFirst("^new\\s+", "").strip();
                var normal = normalPlace(name);
                if (!name.isEmpty() && !WEEKDAY_OR_MONTH.matcher(name).matches()
                        && places.stream().noneMatch(p -> p.normal().equals(normal))) {
                    places.add(new Value(name, normal));
                }
            }
        }
        return places;
    }

    /** Lower case, kind words ("cosmodrome", "city") dropped: "Vostochny Cosmodrome" and "Vostochny spaceport" agree. */
    static String normalPlace(String name) {
        var words = new ArrayList<String>();
        for (var word : name.toLowerCase(Locale.ROOT).split("[\\s-]+")) {
            if (!word.matches("cosmodrome|spaceport|space|center|centre|airport|station|base|region|province|city"
                    + "|square|palace|port|island|hospital|stadium|forum")) {
                words.add(word);
            }
        }
        return words.isEmpty() ? name.toLowerCase(Locale.ROOT) : String.join(" ", words);
    }
}
