package org.factdesk.rating.control;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.factdesk.review.entity.Verdict;
import org.factdesk.shared.boundary.BusinessMessages;

/** The labels Factdesk ships with, in every language it speaks; the desk's own wording overrides them. */
public final class BuiltInLabels {

    public static final String ENGLISH = "en";
    public static final String GERMAN = "de";
    /** The languages the desk can label the scale in, the pages' languages. */
    public static final List<String> LANGUAGES = List.of(ENGLISH, GERMAN);

    private BuiltInLabels() {
    }

    /** A language the desk has no labels for reads the English ones. */
    public static String supported(String language) {
        return language != null && LANGUAGES.contains(language) ? language : ENGLISH;
    }

    /** The verdict's word in the core bundle of that language ({@code Verdict.MOSTLY_TRUE}). */
    public static String of(Verdict verdict, String language) {
        return BusinessMessages.word(verdict, Locale.forLanguageTag(supported(language)));
    }

    public static Map<Verdict, String> all(String language) {
        var labels = new EnumMap<Verdict, String>(Verdict.class);
        for (var verdict : Verdict.values()) {
            labels.put(verdict, of(verdict, language));
        }
        return labels;
    }
}
