package org.factdesk.analysis.compare;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * The sentence of a text that holds a given offset: a conflict shows each value in its own sentence, not in a
 * paragraph-long quote. A full stop ends a sentence unless it closes an abbreviation ("a.m.", "Mr.", "U.S.") or a
 * lower-case word follows. Reaches at most {@value #MAX_REACH} characters either way.
 */
final class SentenceAround {

    static final int MAX_REACH = 400;
    private static final Set<String> ABBREVIATIONS = Set.of("a.m", "p.m", "mr", "mrs", "ms", "dr", "st", "co", "no",
            "nr", "prof", "gen", "gov", "sen", "rep", "jr", "sr", "inc", "ltd", "corp", "vs", "etc", "e.g", "i.e",
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "approx", "ca", "u.s",
            "u.k", "u.n", "e.u");
    private static final Pattern WORD_BEFORE = Pattern.compile("([\\p{L}.]+)$");

    private SentenceAround() {
    }

    static String of(String text, int offset) {
        if (text.isEmpty()) {
            return text;
        }
        var at = Math.max(0, Math.min(offset, text.length() - 1));
        var from = at;
        var floor = Math.max(0, at - MAX_REACH);
        while (from > floor && !endsSentence(text, from - 1)) {
            from--;
        }
        var to = at;
        var ceiling = Math.min(text.length(), at + MAX_REACH);
        while (to < ceiling && !endsSentence(text, to)) {
            to++;
        }
        if (to < ceiling) {
            to++;
            while (to < text.length() && "\"”’')".indexOf(text.charAt(to)) >= 0) {
                to++;
            }
        }
        return text.substring(from, to).strip();
    }

    private static boolean endsSentence(String text, int i) {
        var c = text.charAt(i);
        if (c == '\n') {
            return true;
        }
        if (c != '.' && c != '!' && c != '?') {
            return false;
        }
        var next = i + 1;
        while (next < text.length() && "\"”’')".indexOf(text.charAt(next)) >= 0) {
            next++;
        }
        if (next < text.length() && !Character.isWhitespace(text.charAt(next))) {
            return false;
        }
        while (next < text.length() && Character.isWhitespace(text.charAt(next))) {
            next++;
        }
        if (next < text.length() && Character.isLowerCase(text.charAt(next))) {
            return false;
        }
        if (c == '.') {
            var word = WORD_BEFORE.matcher(text.substring(Math.max(0, i - 12), i));
            if (word.find()) {
                var w = word.group(1).toLowerCase(java.util.Locale.ROOT);
                return !ABBREVIATIONS.contains(w) && !(w.length() == 1 && Character.isUpperCase(word.group(1).charAt(0)));
            }
        }
        return true;
    }
}
