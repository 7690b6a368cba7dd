package org.factdesk.analysis.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.factdesk.analysis.clean.NameWords;
import org.factdesk.analysis.clean.NewsAgencies;

/**
 * Sources a sentence cites besides its speaker: "according to X", "quoted as saying by X", "X reported". A
 * wire-service name inside the phrase wins ("Russia's RIA news agency" is RIA); otherwise the phrase itself is the
 * source when it is a short capitalised name ("Sputnik Globe", "the United States").
 */
final class AttributionFinder {

    private static final Pattern SOURCE_AFTER = Pattern.compile("\\b(?:(?i:according to|citing|as reported by)|reported by"
            + "|quoted by|cited by|quoted as saying by|in an interview with|told)\\s+([^,.;:!?()\\n]{1,80})");
    private static final Pattern CITES = Pattern.compile("(?i)\\b(?:according to|citing|as reported by)\\b");
    private static final Pattern CITED = Pattern.compile("(?i:according to|as reported by)\\s+([^,.;:!?()\\n]{1,80})");
    private static final Pattern REPORTED = Pattern.compile("\\b(?:reported|reports|has reported|said in a statement"
            + "|said in a report)\\b(?!\\s+by\\b)");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern LEADING_ARTICLE = Pattern.compile("^(?i:the|a|an)\\s+");
    private static final Pattern POSSESSIVE = Pattern.compile("[’']s$");
    private static final Set<String> PASSIVE = Set.of("is", "was", "were", "been", "be", "are", "being");
    private static final Set<String> ADVERBS = Set.of("also", "earlier", "later", "previously", "then", "first",
            "reportedly", "has", "had", "have");
    private static final int MAX_SOURCE_WORDS = 5;

    private record Source(int at, String name) {
    }

    /** Sources in order of appearance; the caller blanks quoted words out of {@code masked} first. */
    List<String> sourcesIn(String masked) {
        var found = new ArrayList<Source>();
        var after = SOURCE_AFTER.matcher(masked);
        while (after.find()) {
            var told = after.group().startsWith("told");
            found.add(new Source(after.start(), told ? NewsAgencies.firstNameIn(after.group(1)) : nameOf(after.group(1))));
        }
        var reported = REPORTED.matcher(masked);
        while (reported.find()) {
            var before = masked.substring(Math.max(0, reported.start() - 80), reported.start());
            var clause = before.substring(Math.max(before.lastIndexOf(','), before.lastIndexOf(';')) + 1).trim();
            var words = new ArrayList<>(List.of(SPACES.split(clause)));
            while (!words.isEmpty() && ADVERBS.contains(words.get(words.size() - 1))) {
                words.remove(words.size() - 1);
            }
            if (!words.isEmpty() && !PASSIVE.contains(words.get(words.size() - 1))) {
                var phrase = String.join(" ", words.subList(Math.max(0, words.size() - MAX_SOURCE_WORDS), words.size()));
                found.add(new Source(reported.start(), nameOf(phrase)));
            }
        }
        found.sort(Comparator.comparingInt(Source::at));
        var names = new LinkedHashSet<String>();
        for (var source : found) {
            if (source.name() != null && !source.name().isBlank()) {
                names.add(source.name());
            }
        }
        return new ArrayList<>(names);
    }

    /** Whether the sentence hands its content to a source ("according to ..."), named or not. */
    boolean citesSource(String masked) {
        return CITES.matcher(masked).find();
    }

    /**
     * The named source a sentence hands its content to ("according to the Civil Guard" is Civil Guard), or null
     * when it names none ("according to reports").
     */
    String citedSource(String masked) {
        var cited = CITED.matcher(masked);
        return cited.find() ? nameOf(cited.group(1)) : null;
    }

    /** The source a phrase names, or null for "reports", "sources" and other unnamed ones. */
    static String nameOf(String phrase) {
        var words = SPACES.split(LEADING_ARTICLE.matcher(phrase.trim()).replaceFirst(""));
        var capitalised = 0;
        while (capitalised < words.length && !words[capitalised].isEmpty()
                && Character.isUpperCase(words[capitalised].charAt(0))) {
            capitalised++;
        }
        if (words.length == 0 || words[0].isEmpty() || NameWords.SENTENCE_WORDS.contains(words[0])) {
            return null;
        }
        var all = String.join(" ", words);
        if (capitalised == words.length && capitalised <= MAX_SOURCE_WORDS && capitalised > 0) {
            return stripPossessive(all);
        }
        var agency = NewsAgencies.firstNameIn(all);
        if (agency != null) {
            return agency;
        }
        if (capitalised == 0) {
            return null;
        }
        return words.length <= MAX_SOURCE_WORDS - 1 ? all : String.join(" ", List.of(words).subList(0, capitalised));
    }

    private static String stripPossessive(String name) {
        return POSSESSIVE.matcher(name).replaceFirst("");
    }
}
