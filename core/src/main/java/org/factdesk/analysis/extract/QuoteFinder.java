package org.factdesk.analysis.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds quotations paragraph by paragraph. Straight quotes do not say whether they open or close, and scraped copy
 * loses marks, so each mark is read from its neighbours: after a space it opens, before a space it closes. An
 * opener inside an open quote closes the first one; a closer with no opener quotes from the paragraph start.
 */
final class QuoteFinder {

    /** Single quotes are also apostrophes; only a pair this close is taken for a quotation. */
    private static final int MAX_SINGLE_QUOTE = 300;

    /**
     * @param start        offset of the opening mark (or of the first quoted character when the opener is missing)
     * @param end          offset after the closing mark
     * @param contentStart offset of the first quoted character
     * @param contentEnd   offset after the last quoted character
     * @param closed       false when the quote ran to the paragraph end or the next opener without a closer
     */
    record Quote(int start, int end, int contentStart, int contentEnd, boolean closed) {
    }

    List<Quote> findAll(String text) {
        var quotes = new ArrayList<Quote>();
        var from = 0;
        while (from < text.length()) {
            var to = text.indexOf('\n', from);
            to = to < 0 ? text.length() : to;
            if (to > from) {
                quotes.addAll(find(text, from, to));
            }
            from = to + 1;
        }
        return quotes;
    }

    /** Quotes of one paragraph {@code [from, to)}, ordered by start. */
    List<Quote> find(String text, int from, int to) {
        // doubles are collected in order and never overlap, which singleQuotes relies on
        var quotes = new ArrayList<Quote>();
        var open = -1;
        for (var i = from; i < to; i++) {
            var c = text.charAt(i);
            if (!isDoubleMark(c)) {
                continue;
            }
            var opens = opens(text, i, from, to, open >= 0);
            if (opens) {
                if (open >= 0) {
                    quotes.add(new Quote(open, trimEnd(text, open + 1, i), open + 1, trimEnd(text, open + 1, i), false));
                }
                open = i;
            } else if (open >= 0) {
                quotes.add(new Quote(open, i + 1, open + 1, i, true));
                open = -1;
            } else if (quotes.isEmpty() && i > from && isPunctuation(text.charAt(i - 1))) {
                quotes.add(new Quote(from, i + 1, from, i, true));
            }
        }
        if (open >= 0) {
            quotes.add(new Quote(open, to, open + 1, trimEnd(text, open + 1, to), false));
        }
        quotes.addAll(singleQuotes(text, from, to, quotes));
        quotes.sort(Comparator.comparingInt(Quote::start));
        return quotes;
    }

    private static List<Quote> singleQuotes(String text, int from, int to, List<Quote> doubles) {
        var found = new ArrayList<Quote>();
        var open = -1;
        var nextDouble = 0;
        for (var i = from; i < to; i++) {
            var c = text.charAt(i);
            if (c != '‘' && c != '’' && c != '\'') {
                continue;
            }
            while (nextDouble < doubles.size() && doubles.get(nextDouble).end() <= i) {
                nextDouble++;
            }
            if (nextDouble < doubles.size() && doubles.get(nextDouble).start() <= i) {
                continue;
            }
            var prev = i > from ? text.charAt(i - 1) : ' ';
            var next = i + 1 < to ? text.charAt(i + 1) : ' ';
            if (Character.isLetterOrDigit(prev) && Character.isLetterOrDigit(next)) {
                continue;
            }
            if (c == '‘' || c == '\'' && isOpeningContext(prev) && Character.isLetterOrDigit(next)) {
                open = i;
            } else if (open >= 0 && i - open <= MAX_SINGLE_QUOTE && !Character.isLetterOrDigit(next) && i > open + 1) {
                found.add(new Quote(open, i + 1, open + 1, i, true));
                open = -1;
            }
        }
        return found;
    }

    private static boolean opens(String text, int i, int from, int to, boolean inside) {
        var prev = i > from ? text.charAt(i - 1) : ' ';
        var next = i + 1 < to ? text.charAt(i + 1) : ' ';
        var afterGap = isOpeningContext(prev);
        var beforeGap = Character.isWhitespace(next) || ",.;:!?)]}".indexOf(next) >= 0;
        if (afterGap && !beforeGap) {
            return true;
        }
        if (!afterGap && beforeGap) {
            return false;
        }
        var c = text.charAt(i);
        if (c == '“' || c == '„' || c == '«') {
            return true;
        }
        return c != '”' && c != '»' && !inside;
    }

    /** Whether the offset lies in one of the quotes, which must be sorted by start and must not overlap. */
    static boolean insideAny(List<Quote> quotes, int offset) {
        var low = 0;
        var high = quotes.size() - 1;
        while (low <= high) {
            var mid = (low + high) >>> 1;
            var quote = quotes.get(mid);
            if (quote.end() <= offset) {
                low = mid + 1;
            } else if (quote.start() > offset) {
                high = mid - 1;
            } else {
                return true;
            }
        }
        return false;
    }

    private static boolean isOpeningContext(char prev) {
        return Character.isWhitespace(prev) || "([{—–-/:".indexOf(prev) >= 0;
    }

    private static boolean isDoubleMark(char c) {
        return c == '"' || c == '“' || c == '”' || c == '„' || c == '«' || c == '»';
    }

    private static boolean isPunctuation(char c) {
        return c == ',' || c == '.' || c == '?' || c == '!' || c == '…';
    }

    private static int trimEnd(String text, int from, int to) {
        var end = to;
        while (end > from && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return end;
    }
}
