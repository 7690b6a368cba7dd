package org.factdesk.rating.control;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.factdesk.review.entity.Verdict;
import org.factdesk.shared.boundary.BusinessMessages;
import org.factdesk.shared.boundary.Languages;

/** The labels Factdesk ships with, in every language it speaks; the desk's own wording overrides them. */
public final class BuiltInLabels {

    private BuiltInLabels() {
    }

    /** A language the desk has no labels for reads the English ones. */
    public static String supported(String language) {
        return Languages.isSpoken(language) ? language : Languages.ENGLISH;
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
