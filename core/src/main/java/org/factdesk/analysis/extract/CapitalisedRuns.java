package org.factdesk.analysis.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.factdesk.analysis.clean.LineShape;

/**
 * Scans a text for runs of capitalised words ("Russian President Vladimir Putin") and for two facts about single
 * capitalised words that help tell people from places: whether a word is capitalised mid-sentence (a proper noun,
 * not just a sentence start) and whether it follows "in", "near" or "across" (a place).
 */
final class CapitalisedRuns {

    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}](?:[\\p{L}\\p{N}]|[’'-](?=[\\p{L}\\p{N}]))*");
    private static final Pattern LOCATIVE = Pattern.compile("\\b(?:in|near|across|throughout|into|inside|outside"
            + "|around|within)\\s+(?:the\\s+)?(\\p{Lu}[\\p{L}-]*)(?![\\p{L}’'-])");
    /** Lines this capitalised are headlines or menus, where capitals say little about names. */
    private static final double TITLE_CASE_SHARE = 0.6;

    record Token(int start, int end, String word, boolean possessive, boolean capitalised) {
    }

    /** Capitalised words in a row; {@code next} is the word after, when no sentence end lies between. */
    record Run(List<Token> tokens, Token next, boolean titleCaseLine) {
    }

    /**
     * @param properNouns keys of words capitalised somewhere other than at a sentence start
     * @param places      keys of words used as places ("in Russia")
     */
    record Scan(List<Run> runs, Set<String> properNouns, Set<String> places) {
    }

    private CapitalisedRuns() {
    }

    static Scan scan(String text) {
        var tokens = new ArrayList<Token>();
        var properNouns = new HashSet<String>();
        var matcher = TOKEN.matcher(text);
        while (matcher.find()) {
            var word = matcher.group();
            var possessive = word.endsWith("’s") || word.endsWith("'s");
            var base = possessive ? word.substring(0, word.length() - 2) : word;
            var after = matcher.end() < text.length() ? text.charAt(matcher.end()) : ' ';
            possessive |= (after == '’' || after == '\'') && word.endsWith("s");
            var capitalised = Character.isUpperCase(word.charAt(0));
            tokens.add(new Token(matcher.start(), matcher.end(), base, possessive, capitalised));
            if (capitalised && !startsSentence(text, matcher.start())) {
                properNouns.add(key(base));
            }
        }
        var places = new HashSet<String>();
        var locative = LOCATIVE.matcher(text);
        while (locative.find()) {
            places.add(key(locative.group(1)));
        }
        return new Scan(group(text, tokens), properNouns, places);
    }

    static String key(String word) {
        return word.toLowerCase(Locale.ROOT);
    }

    private static List<Run> group(String text, List<Token> tokens) {
        var runs = new ArrayList<Run>();
        var lineEnd = -1;
        var titleCase = false;
        var i = 0;
        while (i < tokens.size()) {
            var token = tokens.get(i);
            if (token.start() > lineEnd) {
                var start = text.lastIndexOf('\n', token.start()) + 1;
                var end = text.indexOf('\n', token.start());
                lineEnd = end < 0 ? text.length() : end;
                var line = text.substring(start, lineEnd);
                titleCase = LineShape.words(line) >= 4 && LineShape.capitalisedShare(line) >= TITLE_CASE_SHARE;
            }
            if (!token.capitalised()) {
                i++;
                continue;
            }
            var run = new ArrayList<Token>();
            run.add(token);
            var j = i + 1;
            while (j < tokens.size() && tokens.get(j).capitalised() && !run.get(run.size() - 1).possessive()
                    && isNameGap(text, tokens.get(j - 1), tokens.get(j))) {
                run.add(tokens.get(j++));
            }
            var next = j < tokens.size() && !endsSentence(text, tokens.get(j - 1).end(), tokens.get(j).start())
                    ? tokens.get(j) : null;
            runs.add(new Run(run, next, titleCase));
            i = j;
        }
        return runs;
    }

    /** One space between name parts, or ". " after an initial ("John F. Kennedy"). */
    private static boolean isNameGap(String text, Token left, Token right) {
        var gap = right.start() - left.end();
        if (gap == 1) {
            return text.charAt(left.end()) == ' ';
        }
        return gap == 2 && left.word().length() == 1 && text.startsWith(". ", left.end());
    }

    private static boolean endsSentence(String text, int from, int to) {
        for (var i = from; i < to; i++) {
            var c = text.charAt(i);
            if (c == '.' || c == '!' || c == '?' || c == '\n' || c == '"' || c == '“' || c == '”') {
                return true;
            }
        }
        return false;
    }

    private static boolean startsSentence(String text, int offset) {
        var i = offset - 1;
        while (i >= 0 && text.charAt(i) == ' ') {
            i--;
        }
        if (i < 0) {
            return true;
        }
        var c = text.charAt(i);
        return c == '\n' || c == '.' || c == '!' || c == '?' || c == '"' || c == '“' || c == '‘' || c == '(' || c == '[';
    }
}
