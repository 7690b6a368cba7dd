package org.factdesk.analysis.evaluation;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * When an extracted title, byline or date counts as the expected one. The gold values are what Readability.js
 * printed, so the rule forgives presentation and insists on substance:
 * <ul>
 *   <li>Both sides are normalised: Unicode NFKC, lower case, typographic quotes and dashes made plain, white space
 *       collapsed; for bylines also a leading "by" and all punctuation dropped.</li>
 *   <li>Title and byline match when equal, or when one contains the other and the shorter is at least half as long
 *       (so "Headline - Site" matches "Headline", but the site name alone never matches a headline).</li>
 *   <li>A date matches when the calendar day of the expected timestamp, as the page wrote it (its own offset), is
 *       the extracted day.</li>
 * </ul>
 */
final class MetadataMatch {

    private MetadataMatch() {
    }

    static boolean sameTitle(String expected, String actual) {
        return similar(normalise(expected), normalise(actual));
    }

    static boolean sameByline(String expected, String actual) {
        return similar(person(expected), person(actual));
    }

    static boolean sameDate(String expectedTimestamp, LocalDate actual) {
        if (expectedTimestamp == null || actual == null || expectedTimestamp.length() < 10) {
            return false;
        }
        try {
            return LocalDate.parse(expectedTimestamp.substring(0, 10)).equals(actual);
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static boolean similar(String expected, String actual) {
        if (expected.isEmpty() || actual.isEmpty()) {
            return false;
        }
        var shorter = expected.length() <= actual.length() ? expected : actual;
        var longer = shorter == expected ? actual : expected;
        return longer.contains(shorter) && 2 * shorter.length() >= longer.length();
    }

    static String normalise(String text) {
        if (text == null) {
            return "";
        }
        var plain = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                .replaceAll("[‘’‚‛′]", "'").replaceAll("[“”„‟″«»]", "\"").replaceAll("[‐‑‒–—―]", "-");
        return String.join(" ", plain.strip().split("\\s+")).strip();
    }

    private static String person(String byline) {
        var plain = normalise(byline).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        return plain.replaceFirst("^by\\s+", "");
    }
}
