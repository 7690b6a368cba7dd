package org.factdesk.publication.control;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What a reader typed into the public search, as the words a fact-check must all contain. Only letters and digits
 * count, so nothing typed can act as a wildcard of the query; the first {@value #MAX_WORDS} words are used.
 */
public final class SearchWords {

    public static final int MAX_WORDS = 4;
    private static final int MAX_WORD_LENGTH = 40;
    private static final int MAX_QUERY_LENGTH = 200;

    private SearchWords() {
    }

    public static List<String> of(String query) {
        if (query == null || query.isBlank()) {
            return List.of();
        }
        var bounded = query.length() > MAX_QUERY_LENGTH ? query.substring(0, MAX_QUERY_LENGTH) : query;
        return Arrays.stream(bounded.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(w -> !w.isEmpty())
                .map(w -> w.length() > MAX_WORD_LENGTH ? w.substring(0, MAX_WORD_LENGTH) : w)
                .distinct().limit(MAX_WORDS).toList();
    }
}
