package org.factdesk.analysis.retrieval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import org.factdesk.analysis.compare.Terms;

/**
 * Splits a run-together word ("stonemanshoot", "impeachtrump") into the fewest words of at least three letters that
 * a vocabulary knows, each taken as written or by its stem. Words longer than {@value #MAX_LENGTH} letters are left
 * alone: the search is quadratic in the length.
 */
final class KnownWordSplit {

    private static final int MIN_PART = 3;
    private static final int MIN_LENGTH = 6;
    private static final int MAX_LENGTH = 40;

    private final Predicate<String> known;

    KnownWordSplit(Predicate<String> known) {
        this.known = known;
    }

    /** The parts as the vocabulary knows them, or nothing when the word cannot be split into two or more. */
    List<String> parts(String word) {
        var n = word.length();
        if (n < MIN_LENGTH || n > MAX_LENGTH) {
            return List.of();
        }
        var fewest = new int[n + 1];
        var from = new int[n + 1];
        var term = new String[n + 1];
        Arrays.fill(fewest, Integer.MAX_VALUE);
        fewest[0] = 0;
        for (var i = 0; i < n; i++) {
            if (fewest[i] == Integer.MAX_VALUE) {
                continue;
            }
            for (var j = i + MIN_PART; j <= n; j++) {
                var known = asKnown(word.substring(i, j));
                if (known != null && fewest[i] + 1 < fewest[j]) {
                    fewest[j] = fewest[i] + 1;
                    from[j] = i;
                    term[j] = known;
                }
            }
        }
        if (fewest[n] < 2 || fewest[n] == Integer.MAX_VALUE) {
            return List.of();
        }
        var parts = new ArrayList<String>();
        for (var j = n; j > 0; j = from[j]) {
            parts.add(0, term[j]);
        }
        return parts;
    }

    private String asKnown(String part) {
        if (known.test(part)) {
            return part;
        }
        var stem = Terms.stem(part);
        return known.test(stem) ? stem : null;
    }
}
