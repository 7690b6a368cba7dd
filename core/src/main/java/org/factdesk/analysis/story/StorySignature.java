package org.factdesk.analysis.story;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.factdesk.analysis.Analysis;
import org.factdesk.analysis.ClaimCandidate;
import org.factdesk.analysis.compare.ClaimValues;
import org.factdesk.analysis.compare.ConflictFinder;
import org.factdesk.analysis.compare.Terms;

/**
 * What an article is about, compact enough for a column beside it: the people who speak or are named, the
 * organisations, the places below country level, the day of the event and the words the text keeps returning to.
 * Two copies of one event share most of it even when their wording differs; two events in one city share a place
 * and little else. Immutable; {@link #serialise()} and {@link #parse} round-trip.
 */
public record StorySignature(Set<String> people, Set<String> organisations, Set<String> places, LocalDate eventDate,
                             Set<String> keyTerms, Set<String> names, Set<String> leadNames) {

    static final int KEY_TERMS = 15;
    /** Capitalised words the article uses most, and those of its headline and opening (lower case). */
    static final int NAMES = 40;
    /** A run of capitalised words not opening a sentence: "Financial Supervisory Authority" is one name. */
    private static final Pattern CAPITALISED = Pattern.compile("(?<=[\\p{L}\\p{N},;:] {1,3})\\p{Lu}[\\p{L}-]+"
            + "(?: \\p{Lu}[\\p{L}-]+)*");
    private static final Pattern CALENDAR = Pattern.compile("(?i)(?:monday|tuesday|wednesday|thursday|friday|saturday"
            + "|sunday|january|february|march|april|may|june|july|august|september|october|november|december)");
    private static final int MAX_NAMES = 12;
    private static final Pattern NAME_RUN = Pattern.compile("\\b\\p{Lu}\\p{Ll}+(?:[ -]\\p{Lu}\\p{Ll}+){1,2}\\b");
    private static final Pattern ORGANISATION = Pattern.compile("\\b(?:\\p{Lu}[\\p{L}]+ ){0,4}(?:Forum|Ministry"
            + "|Agency|Council|Office|Committee|Commission|Party|Union|Bank|Army|Navy|Police|Department|Court"
            + "|Parliament|Government|Organization|Organisation|Institute|University|Company|Corporation)\\b"
            + "|\\b\\p{Lu}{2,6}\\b");
    private static final Set<String> NOT_NAMES = Set.of("North Korean", "South Korean", "Russian President",
            "North Korea", "South Korea", "United States", "Prime Minister");

    public StorySignature {
        people = Set.copyOf(people);
        organisations = Set.copyOf(organisations);
        places = Set.copyOf(places);
        keyTerms = Set.copyOf(keyTerms);
        names = Set.copyOf(names);
        leadNames = Set.copyOf(leadNames);
    }

    /** A signature stored before names were kept reads with none. */
    public StorySignature(Set<String> people, Set<String> organisations, Set<String> places, LocalDate eventDate,
                          Set<String> keyTerms) {
        this(people, organisations, places, eventDate, keyTerms, Set.of(), Set.of());
    }

    public static StorySignature of(Analysis analysis) {
        var text = (analysis.metadata().title() == null ? "" : analysis.metadata().title() + "\n")
                + analysis.cleanedText();
        var people = new LinkedHashSet<String>();
        for (ClaimCandidate claim : analysis.claims()) {
            if (claim.speaker() != null && claim.speaker().contains(" ")) {
                people.add(personKey(claim.speaker()));
            }
        }
        var runs = new HashMap<String, Integer>();
        var matcher = NAME_RUN.matcher(text);
        while (matcher.find()) {
            if (!NOT_NAMES.contains(matcher.group())) {
                runs.merge(matcher.group(), 1, Integer::sum);
            }
        }
        var places = new LinkedHashSet<String>();
        ConflictFinder.specificPlaces(ClaimValues.places(text)).forEach(p -> places.add(p.normal()));
        runs.entrySet().stream().filter(e -> e.getValue() >= 2)
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .map(e -> personKey(e.getKey()))
                .filter(key -> places.stream().noneMatch(key::contains))
                .limit(MAX_NAMES).forEach(people::add);
        var organisations = new LinkedHashSet<String>();
        var org = ORGANISATION.matcher(text);
        while (org.find() && organisations.size() < MAX_NAMES) {
            organisations.add(org.group().toLowerCase(Locale.ROOT));
        }
        return new StorySignature(people, organisations, places, analysis.metadata().publishedOn(), keyTerms(text),
                names(text, NAMES), names(StoryVector.text(analysis), NAMES));
    }

    /** The names (runs of capitalised words not opening a sentence, days and months left out), most frequent first. */
    private static Set<String> names(String text, int limit) {
        var counts = new HashMap<String, Integer>();
        var matcher = CAPITALISED.matcher(text);
        while (matcher.find()) {
            var name = matcher.group().replaceFirst("[’']s$", "");
            if (!CALENDAR.matcher(name).matches()) {
                counts.merge(name.toLowerCase(Locale.ROOT), 1, Integer::sum);
            }
        }
        var names = new LinkedHashSet<String>();
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(limit).forEach(e -> names.add(e.getKey()));
        return names;
    }

    /** Names in one spelling: "Kim Jong-un" and "Kim Jong Un" agree. */
    static String personKey(String name) {
        return name.toLowerCase(Locale.ROOT).replace('-', ' ').replaceAll("\\s+", " ").strip();
    }

    private static Set<String> keyTerms(String text) {
        var counts = new HashMap<String, Integer>();
        for (var term : Terms.common(text)) {
            if (term.length() > 2 && !Character.isDigit(term.charAt(0))) {
                counts.merge(term, 1, Integer::sum);
            }
        }
        var terms = new LinkedHashSet<String>();
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(KEY_TERMS).forEach(e -> terms.add(e.getKey()));
        return terms;
    }

    /** "p=...;o=...;l=...;d=2023-09-13;t=...;n=...;h=...", values joined by "|"; under 2 KB for any article. */
    public String serialise() {
        return "p=" + join(people) + ";o=" + join(organisations) + ";l=" + join(places) + ";d="
                + (eventDate == null ? "" : eventDate) + ";t=" + join(keyTerms) + ";n=" + join(names)
                + ";h=" + join(leadNames);
    }

    public static StorySignature parse(String serialised) {
        var parts = new HashMap<String, String>();
        for (var part : serialised.split(";", -1)) {
            var eq = part.indexOf('=');
            if (eq > 0) {
                parts.put(part.substring(0, eq), part.substring(eq + 1));
            }
        }
        LocalDate date = null;
        try {
            var d = parts.getOrDefault("d", "");
            date = d.isEmpty() ? null : LocalDate.parse(d);
        } catch (DateTimeParseException e) {
            date = null;
        }
        return new StorySignature(split(parts.get("p")), split(parts.get("o")), split(parts.get("l")), date,
                split(parts.get("t")), split(parts.get("n")), split(parts.get("h")));
    }

    private static String join(Set<String> values) {
        var clean = new ArrayList<String>();
        values.stream().sorted().forEach(v -> clean.add(v.replaceAll("[|;=]", " ")));
        return String.join("|", clean);
    }

    private static Set<String> split(String joined) {
        if (joined == null || joined.isEmpty()) {
            return Set.of();
        }
        return new LinkedHashSet<>(Arrays.asList(joined.split("\\|")));
    }
}
