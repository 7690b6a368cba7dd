package org.factdesk.shared.boundary;

import java.util.List;
import java.util.Locale;

/**
 * The languages Factdesk is written in: every bundle (core and web) and the rating scale's built-in labels exist in
 * each. Staff pick one; visitors and API clients get the first of theirs that is here, else English. Adding a
 * language starts here (see the README's section on languages).
 */
public final class Languages {

    public static final String ENGLISH = "en";
    public static final String GERMAN = "de";
    public static final List<String> SPOKEN = List.of(ENGLISH, GERMAN);

    private Languages() {
    }

    public static boolean isSpoken(String languageTag) {
        return languageTag != null && SPOKEN.contains(languageTag);
    }

    /** The first of a reader's preferred languages that Factdesk speaks, else English. */
    public static Locale spokenOf(List<Locale> preferred) {
        return preferred.stream().filter(l -> isSpoken(l.getLanguage())).findFirst().orElse(Locale.ENGLISH);
    }
}
