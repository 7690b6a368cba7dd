package org.factdesk.rating.control;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.factdesk.review.entity.Verdict;

/** The labels Factdesk ships with, in every language it speaks; the desk's own wording overrides them. */
public final class BuiltInLabels {

    public static final String ENGLISH = "en";
    public static final String GERMAN = "de";
    /** The languages the desk can label the scale in, the pages' languages. */
    public static final List<String> LANGUAGES = List.of(ENGLISH, GERMAN);

    private static final Map<Verdict, String> GERMAN_LABELS = new EnumMap<>(Map.of(
            Verdict.TRUE, "Wahr",
            Verdict.MOSTLY_TRUE, "Überwiegend wahr",
            Verdict.HALF_TRUE, "Halb wahr",
            Verdict.MOSTLY_FALSE, "Überwiegend falsch",
            Verdict.FALSE, "Falsch",
            Verdict.UNVERIFIABLE, "Nicht überprüfbar"));

    private BuiltInLabels() {
    }

    /** A language the desk has no labels for reads the English ones. */
    public static String supported(String language) {
        return language != null && LANGUAGES.contains(language) ? language : ENGLISH;
    }

    public static String of(Verdict verdict, String language) {
        return GERMAN.equals(supported(language)) ? GERMAN_LABELS.get(verdict) : verdict.label();
    }

    public static Map<Verdict, String> all(String language) {
        var labels = new EnumMap<Verdict, String>(Verdict.class);
        for (var verdict : Verdict.values()) {
            labels.put(verdict, of(verdict, language));
        }
        return labels;
    }
}
