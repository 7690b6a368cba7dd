package org.factdesk.search.control;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.factdesk.search.boundary.Marked;

/**
 * Marks the searched words in a hit's stored text and cuts passages around them. It is done here, not by Lucene's
 * highlighter, which WildFly's Lucene module does not ship; words are compared the way the index compares them
 * (lower case, accents folded). The result is plain pieces of text that the page prints escaped, so a story's own
 * text can never inject markup, whatever it contains.
 */
public final class Highlights {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final String GAP = " \u2026 ";

    private final List<String> words = new ArrayList<>();
    private final List<String> prefixes = new ArrayList<>();

    /** The words of a query to mark: excluded words (-word) are not, prefixes (word*) mark every ending. */
    public Highlights(String query) {
        if (query == null) {
            return;
        }
        for (var token : query.split("[\\s\"()|+]+")) {
            if (token.isEmpty() || token.startsWith("-")) {
                continue;
            }
            var bare = token.replaceAll("\\*+$", "");
            var matcher = WORD.matcher(bare);
            while (matcher.find()) {
                var isPrefix = token.length() > bare.length() && matcher.end() == bare.length();
                (isPrefix ? prefixes : words).add(normal(matcher.group()));
            }
        }
    }

    /** The whole text, up to {@code max} characters, with its matches marked. */
    public List<Marked> whole(String text, int max) {
        if (text == null) {
            return List.of();
        }
        return mark(text.length() <= max ? text : text.substring(0, max) + "\u2026");
    }

    /**
     * Up to {@code count} passages of about {@code size} characters around the first matches, with an ellipsis
     * wherever text is left out; the beginning of the text when nothing in it matches.
     */
    public List<Marked> passages(String text, int size, int count) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        var pieces = new ArrayList<Marked>();
        var coveredTo = 0;
        var found = 0;
        var matcher = WORD.matcher(text);
        while (found < count && matcher.find()) {
            if (matcher.start() < coveredTo || !matches(matcher.group())) {
                continue;
            }
            var start = Math.max(coveredTo, wordStart(text, matcher.start() - size / 3));
            var end = wordEnd(text, Math.min(text.length(), start + size));
            if (start > coveredTo || found == 0 && start > 0) {
                pieces.add(new Marked(GAP, false));
            }
            pieces.addAll(mark(text.substring(start, end)));
            coveredTo = end;
            found++;
        }
        if (found == 0) {
            coveredTo = wordEnd(text, Math.min(text.length(), size));
            pieces.addAll(mark(text.substring(0, coveredTo)));
        }
        if (coveredTo < text.length()) {
            pieces.add(new Marked(GAP, false));
        }
        return pieces;
    }

    private List<Marked> mark(String text) {
        var pieces = new ArrayList<Marked>();
        var matcher = WORD.matcher(text);
        var from = 0;
        while (matcher.find()) {
            if (matches(matcher.group())) {
                add(pieces, text.substring(from, matcher.start()), false);
                add(pieces, matcher.group(), true);
                from = matcher.end();
            }
        }
        add(pieces, text.substring(from), false);
        return pieces;
    }

    private boolean matches(String word) {
        var normal = normal(word);
        return words.contains(normal) || prefixes.stream().anyMatch(normal::startsWith);
    }

    private static String normal(String word) {
        return MARKS.matcher(Normalizer.normalize(word, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
    }

    private static int wordStart(String text, int index) {
        var i = Math.max(0, index);
        while (i > 0 && !Character.isWhitespace(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    private static int wordEnd(String text, int index) {
        var i = index;
        while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static void add(List<Marked> pieces, String text, boolean hit) {
        if (!text.isEmpty()) {
            pieces.add(new Marked(text, hit));
        }
    }
}
