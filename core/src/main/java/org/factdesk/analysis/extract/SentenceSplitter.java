package org.factdesk.analysis.extract;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.factdesk.analysis.Analysis;
import org.factdesk.analysis.clean.LineShape;

/**
 * Splits cleaned text into sentences with offsets. A paragraph break always ends a sentence; inside a paragraph a
 * sentence ends at . ! ? followed by a capital, except after abbreviations and initials, inside brackets, and
 * inside a closed quotation, so that a quote of several sentences stays with its attribution.
 */
final class SentenceSplitter {

    /** Caps the work on one document; a news story has a few hundred sentences. */
    static final int MAX_SENTENCES = 20_000;
    /** Longer quotes or brackets are likely broken markup, so sentence breaks inside them are allowed again. */
    private static final int MAX_PROTECTED = 2_000;
    private static final int MAX_BRACKET = 300;

    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov",
            "gen", "col", "lt", "sgt", "capt", "cmdr", "adm", "maj", "st", "jr", "sr", "rev", "hon", "pres", "supt",
            "insp", "fr", "mt", "ft", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
            "dec", "no", "nos", "vs", "approx", "dept", "univ", "inc", "ltd", "co", "corp", "est", "fig", "vol",
            "p", "pp", "cf", "al", "e.g", "i.e", "ca", "gov't");

    /** After "U.S." a new sentence usually starts with one of these; otherwise the acronym is mid-sentence. */
    private static final Set<String> SENTENCE_STARTERS = Set.of("The", "He", "She", "It", "They", "We", "I", "This",
            "That", "But", "And", "In", "On", "A", "An", "His", "Her", "Their", "Its", "There", "These", "Those",
            "However", "Meanwhile", "Also", "After", "Before", "When", "While", "Some", "Many", "If", "As", "At", "For");

    private static final Pattern DOTTED_ACRONYM = Pattern.compile("(?:\\p{L}\\.)+\\p{L}");

    List<Analysis.Sentence> split(String text, List<QuoteFinder.Quote> quotes) {
        var sentences = new ArrayList<Analysis.Sentence>();
        var quoteIndex = 0;
        var from = 0;
        while (from < text.length() && sentences.size() < MAX_SENTENCES) {
            var to = text.indexOf('\n', from);
            to = to < 0 ? text.length() : to;
            var paragraphQuotes = new ArrayList<QuoteFinder.Quote>();
            while (quoteIndex < quotes.size() && quotes.get(quoteIndex).start() < to) {
                paragraphQuotes.add(quotes.get(quoteIndex++));
            }
            splitParagraph(text, from, to, paragraphQuotes, sentences);
            from = to + 1;
        }
        return sentences;
    }

    private void splitParagraph(String text, int from, int to, List<QuoteFinder.Quote> quotes,
                                List<Analysis.Sentence> out) {
        var inside = protectedOffsets(text, from, to, quotes);
        var start = from;
        for (var i = from; i < to; i++) {
            if (!LineShape.isTerminal(text.charAt(i))) {
                continue;
            }
            var j = i + 1;
            while (j < to && (LineShape.isTerminal(text.charAt(j)) || LineShape.isCloser(text.charAt(j)))) {
                j++;
            }
            if (j >= to || !Character.isWhitespace(text.charAt(j))) {
                continue;
            }
            var next = j;
            while (next < to && Character.isWhitespace(text.charAt(next))) {
                next++;
            }
            if (next < to && startsSentence(text.charAt(next)) && !isAbbreviation(text, from, i, next, to)
                    && !(inside[i - from] && inside[j - from])) {
                add(text, start, j, out);
                start = next;
            }
            i = j - 1;
        }
        add(text, start, to, out);
    }

    private static boolean startsSentence(char c) {
        return Character.isUpperCase(c) || Character.isDigit(c) || "\"“‘'«([".indexOf(c) >= 0;
    }

    /** A full stop that belongs to "Mr.", "N. Korea", "Jan." or, unless a new sentence clearly starts, "U.S.". */
    private static boolean isAbbreviation(String text, int from, int dot, int next, int to) {
        if (text.charAt(dot) != '.') {
            return false;
        }
        var wordStart = dot;
        while (wordStart > from && !Character.isWhitespace(text.charAt(wordStart - 1))
                && "([\"“‘".indexOf(text.charAt(wordStart - 1)) < 0) {
            wordStart--;
        }
        var word = text.substring(wordStart, dot);
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            return true;
        }
        if (ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT))) {
            return !"no".equalsIgnoreCase(word) || Character.isDigit(text.charAt(next));
        }
        if (DOTTED_ACRONYM.matcher(word).matches()) {
            var nextEnd = next;
            while (nextEnd < to && Character.isLetter(text.charAt(nextEnd))) {
                nextEnd++;
            }
            return !SENTENCE_STARTERS.contains(text.substring(next, nextEnd));
        }
        return false;
    }

    /**
     * Marks the offsets strictly inside a closed quote or a bracket, relative to {@code from}. A break is allowed
     * only where the mark or the gap after it is outside every such span.
     */
    private static boolean[] protectedOffsets(String text, int from, int to, List<QuoteFinder.Quote> quotes) {
        var depth = new int[to - from + 1];
        for (var quote : quotes) {
            if (quote.closed() && quote.end() - quote.start() <= MAX_PROTECTED) {
                cover(depth, quote.start() - from, quote.end() - from);
            }
        }
        var opened = new ArrayDeque<Integer>();
        for (var i = from; i < to; i++) {
            var c = text.charAt(i);
            if (c == '(' || c == '[') {
                opened.push(i);
            } else if ((c == ')' || c == ']') && !opened.isEmpty()) {
                var open = opened.pop();
                if (i - open <= MAX_BRACKET) {
                    cover(depth, open - from, i + 1 - from);
                }
            }
        }
        var covered = new boolean[depth.length];
        var running = 0;
        for (var k = 0; k < depth.length; k++) {
            running += depth[k];
            covered[k] = running > 0;
        }
        return covered;
    }

    private static void cover(int[] depth, int start, int end) {
        if (end - start > 1) {
            depth[start + 1]++;
            depth[end]--;
        }
    }

    private static void add(String text, int start, int end, List<Analysis.Sentence> out) {
        var s = start;
        var e = end;
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        if (e > s && out.size() < MAX_SENTENCES) {
            out.add(new Analysis.Sentence(s, e, text.substring(s, e)));
        }
    }
}
