package org.factdesk.analysis.clean;

import java.util.regex.Pattern;

/**
 * Measures of how a line looks on the page. Boilerplate is recognised by shape (short, unpunctuated, bulleted,
 * title-cased) because its words change from outlet to outlet while its shape does not.
 */
public final class LineShape {

    private static final Pattern SPACES = Pattern.compile("\\s+");

    /** Article paragraphs are rarely shorter than this; labels, captions and headlines rarely longer. */
    static final int PROSE_WORDS = 12;

    private LineShape() {
    }

    /** Chinese and Japanese write no spaces; each ideograph or kana counts as a word, roughly as much meaning. */
    public static int words(String line) {
        var count = 0;
        var inWord = false;
        for (var i = 0; i < line.length(); i++) {
            var c = line.charAt(i);
            if (isCjk(c)) {
                count++;
                inWord = false;
                continue;
            }
            var space = Character.isWhitespace(c);
            if (!space && !inWord) {
                count++;
            }
            inWord = !space;
        }
        return count;
    }

    /** Ends with . ! ? or an ellipsis, possibly followed by closing quotes or brackets. */
    public static boolean endsLikeSentence(String line) {
        var i = line.length() - 1;
        while (i >= 0 && isCloser(line.charAt(i))) {
            i--;
        }
        return i >= 0 && isTerminal(line.charAt(i));
    }

    public static boolean isTerminal(char c) {
        return c == '.' || c == '!' || c == '?' || c == '…' || c == '。' || c == '！' || c == '？';
    }

    private static boolean isCjk(char c) {
        return c >= '\u3040' && c <= '\u30FF' || c >= '\u4E00' && c <= '\u9FFF';
    }

    public static boolean isCloser(char c) {
        return c == '"' || c == '”' || c == '’' || c == '\'' || c == '»' || c == ')' || c == ']' || c == '」'
                || c == '）';
    }

    static boolean isBullet(String line) {
        if (line.length() < 2) {
            return false;
        }
        var c = line.charAt(0);
        var bulletChar = c == '-' || c == '•' || c == '*' || c == '·' || c == '–' || c == '—' || c == '▪' || c == '►';
        return bulletChar && Character.isWhitespace(line.charAt(1));
    }

    /** A paragraph of running text: long enough and punctuated like a sentence, or simply long. */
    static boolean isProse(String line) {
        var words = words(line);
        if (isBullet(line)) {
            return false;
        }
        return words >= PROSE_WORDS && endsLikeSentence(line) || words >= 2 * PROSE_WORDS;
    }

    /** Share of words that start with a capital letter; headlines and menus are mostly capitalised. */
    public static double capitalisedShare(String line) {
        var words = 0;
        var capitalised = 0;
        for (var token : SPACES.split(line)) {
            var first = firstLetter(token);
            if (first == 0) {
                continue;
            }
            words++;
            if (Character.isUpperCase(first)) {
                capitalised++;
            }
        }
        return words == 0 ? 0 : (double) capitalised / words;
    }

    private static char firstLetter(String token) {
        for (var i = 0; i < token.length(); i++) {
            if (Character.isLetter(token.charAt(i))) {
                return token.charAt(i);
            }
        }
        return 0;
    }

    /** Collapses runs of spaces; line structure is handled by the caller. */
    static String normaliseSpaces(String line) {
        var out = new StringBuilder(line.length());
        var space = false;
        for (var i = 0; i < line.length(); i++) {
            var c = line.charAt(i);
            if (c == ' ' || c == '\t') {
                space = true;
                continue;
            }
            if (space && out.length() > 0) {
                out.append(' ');
            }
            space = false;
            out.append(c);
        }
        return out.toString();
    }
}
