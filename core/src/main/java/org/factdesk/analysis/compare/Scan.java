package org.factdesk.analysis.compare;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * Tries a pattern only where what it reads may begin: at a number, a capitalised word or one of a few words. A
 * pattern of many alternatives is then tried a few times per sentence instead of at every character.
 */
final class Scan {

    private Scan() {
    }

    /**
     * The next place a day or a time may begin, from {@code from} on: a number, a capitalised word, or one of the
     * words such expressions start with. The patterns are only tried there, which keeps a long claim cheap to read.
     */
    static int next(String text, int from, Set<String> words) {
        var i = from;
        while (i < text.length()) {
            var c = text.charAt(i);
            var wordStart = Character.isLetterOrDigit(c) && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)));
            if (wordStart) {
                if (Character.isDigit(c) || Character.isUpperCase(c)) {
                    return i;
                }
                var end = i;
                while (end < text.length() && Character.isLetter(text.charAt(end))) {
                    end++;
                }
                if (words.contains(text.substring(i, end).toLowerCase(Locale.ROOT))) {
                    return i;
                }
                i = end;
            } else {
                i++;
            }
        }
        return -1;
    }

    static boolean lookingAt(Matcher matcher, String text, int at) {
        matcher.region(at, text.length());
        return matcher.lookingAt();
    }
}
