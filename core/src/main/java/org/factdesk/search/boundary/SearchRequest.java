package org.factdesk.search.boundary;

import java.time.LocalDate;

/**
 * What the desk is looking for: words (quotes for a phrase, a minus to exclude, a star for a prefix) and facet
 * values chosen so far. A null or blank field means "any".
 *
 * @param kind ARTICLE, CLAIM or REVIEW
 * @param from first day, inclusive, in the server's time zone
 * @param to   last day, inclusive
 */
public record SearchRequest(String words, String kind, String outlet, String state, String verdict, LocalDate from,
                            LocalDate to) {

    public static final int WORDS_MAX = 200;

    public SearchRequest {
        words = blankToNull(words);
        kind = blankToNull(kind);
        outlet = blankToNull(outlet);
        state = blankToNull(state);
        verdict = blankToNull(verdict);
    }

    /** Nothing asked yet: the page shows how to search rather than everything on the desk. */
    public boolean isEmpty() {
        return words == null && kind == null && outlet == null && state == null && verdict == null && from == null && to == null;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
