package org.factdesk.analysis.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Cuts text into words and punctuation marks with their offsets, the way the attribution model reads it: a
 * possessive or a negation is a word of its own ("Trump" "’s", "do" "n’t") because a speaker ends before it,
 * "Mr." and "U.S." keep their full stop, and every quotation mark stands alone.
 */
public final class WordTokens {

    /** Words longer than this are runs of junk (base64, URLs without spaces); they are cut, never read whole. */
    private static final int MAX_WORD = 64;

    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov",
            "gen", "col", "lt", "sgt", "capt", "adm", "maj", "st", "jr", "sr", "rev", "hon", "pres", "supt", "insp",
            "fr", "mt", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no",
            "vs", "inc", "ltd", "co", "corp", "dept", "gov't", "sens", "reps", "messrs");

    /** One word or mark; offsets into the text, end exclusive. */
    public record Token(int start, int end, String text) {

        String lower() {
            return text.toLowerCase(Locale.ROOT);
        }
    }

    private WordTokens() {
    }

    public static List<Token> of(String text) {
        return of(text, 0, text.length());
    }

    /** The tokens of {@code text[from, to)}. */
    public static List<Token> of(String text, int from, int to) {
        var tokens = new ArrayList<Token>();
        var i = from;
        while (i < to) {
            var c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isISOControl(c)) {
                i++;
                continue;
            }
            if (!Character.isLetterOrDigit(c)) {
                var end = i + 1;
                if (Character.isHighSurrogate(c) && end < to) {
                    end++;
                }
                tokens.add(new Token(i, end, text.substring(i, end)));
                i = end;
                continue;
            }
            i = addWord(text, i, wordEnd(text, i, to), to, tokens);
        }
        return tokens;
    }

    /** The end of the word at {@code start}: letters and digits, joined by inner apostrophes, hyphens and points. */
    private static int wordEnd(String text, int start, int to) {
        var end = start;
        while (end < to && end - start < MAX_WORD) {
            var c = text.charAt(end);
            if (Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
                end++;
            } else if (end > start && end + 1 < to && joins(text, start, end)) {
                end++;
            } else {
                break;
            }
        }
        return end;
    }

    /** Whether the mark at {@code at} is inside a word: "don't", "co-op", "3.5", "1,000", "U.S", "AT&T". */
    private static boolean joins(String text, int start, int at) {
        var c = text.charAt(at);
        var before = text.charAt(at - 1);
        var after = text.charAt(at + 1);
        if (c == '.') {
            var singleLetter = Character.isLetter(before) && (at - 1 == start || text.charAt(at - 2) == '.');
            return Character.isDigit(before) && Character.isDigit(after) || singleLetter && Character.isLetter(after);
        }
        if (c == ',') {
            return Character.isDigit(before) && Character.isDigit(after);
        }
        return (c == '\'' || c == '’' || c == '-' || c == '&') && Character.isLetterOrDigit(after);
    }

    /** Adds the word {@code text[start, end)}, split or extended as it reads; returns where the next token starts. */
    private static int addWord(String text, int start, int end, int to, List<Token> tokens) {
        var word = text.substring(start, end);
        var lower = word.toLowerCase(Locale.ROOT);
        var clitic = cliticStart(lower);
        if (clitic > 0) {
            tokens.add(new Token(start, start + clitic, word.substring(0, clitic)));
            tokens.add(new Token(start + clitic, end, word.substring(clitic)));
            return end;
        }
        if (end < to && text.charAt(end) == '.' && takesFullStop(word, lower)) {
            tokens.add(new Token(start, end + 1, word + "."));
            return end + 1;
        }
        tokens.add(new Token(start, end, word));
        return end;
    }

    /** Where "’s", "n’t", "’re", "’ve", "’ll", "’d" or "’m" starts in the word, or -1. */
    private static int cliticStart(String lower) {
        var n = lower.length();
        if (n > 3 && lower.endsWith("t") && lower.charAt(n - 3) == 'n' && isApostrophe(lower.charAt(n - 2))) {
            return n - 3;
        }
        for (var suffix : new String[]{"s", "re", "ve", "ll", "d", "m"}) {
            var at = n - suffix.length() - 1;
            if (at > 0 && isApostrophe(lower.charAt(at)) && lower.endsWith(suffix)) {
                return at;
            }
        }
        return -1;
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '’';
    }

    private static boolean takesFullStop(String word, String lower) {
        if (ABBREVIATIONS.contains(lower)) {
            return true;
        }
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            return true;
        }
        // "U.S" before its last point
        return word.length() >= 3 && word.indexOf('.') > 0 && Character.isLetter(word.charAt(word.length() - 1));
    }
}
