package org.factdesk.analysis.compare;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The content words of one text with where each stands, read once, so that every figure and day of the text can ask
 * for the words near it without reading the text again. Words are stemmed and folded as {@link Terms} folds them;
 * stop words and figures are left out.
 */
final class Stems {

    private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}\\p{N}]*");

    private final List<Integer> starts = new ArrayList<>();
    private final List<String> stems = new ArrayList<>();

    Stems(String text) {
        var matcher = WORD.matcher(text);
        while (matcher.find()) {
            var word = matcher.group().toLowerCase(Locale.ROOT);
            if (Terms.STOP_WORDS.contains(word)) {
                continue;
            }
            var stem = Terms.normal(word);
            if (!stem.isEmpty() && !Terms.STOP_WORDS.contains(stem)) {
                starts.add(matcher.start());
                stems.add(stem);
            }
        }
    }

    /** The stems of the words that begin within {@code reach} characters before {@code start} or after {@code end}. */
    Set<String> around(int start, int end, int reach) {
        var near = new HashSet<String>();
        for (var i = 0; i < starts.size(); i++) {
            var at = starts.get(i);
            if (at >= start - reach && at < start || at >= end && at < end + reach) {
                near.add(stems.get(i));
            }
        }
        return near;
    }
}
