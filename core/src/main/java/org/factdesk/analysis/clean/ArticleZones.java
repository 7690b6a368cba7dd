package org.factdesk.analysis.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Position rules. A story has a head (kicker, headline, standfirst), a body of prose and a tail; boilerplate that
 * survived the line rules is told apart by where it sits and whether it shares the body's vocabulary.
 */
final class ArticleZones {

    private static final int MAX_HEADLINE_WORDS = 25;
    private static final int MIN_SENTENCE_CASE_HEADLINE_WORDS = 4;
    private static final int MAX_LABEL_WORDS = 8;
    private static final int MIN_STANDFIRST_WORDS = 5;
    private static final int OPENING_PARAGRAPHS = 8;
    /** Lines after the body that share less than this share of their words with it are about other stories. */
    private static final double MIN_TAIL_OVERLAP = 0.34;
    /** Headlines and legal notices are title-cased; closing sentences of a story are not. */
    private static final double TITLE_CASE_SHARE = 0.6;
    private static final Pattern NAME_LINE = Pattern.compile("\\p{Lu}\\p{Ll}+(?:\\s\\p{Lu}[\\p{Ll}'’-]+){1,2}"
            + "(?:\\s(?:in|and)\\s\\p{Lu}[\\p{L} ]{1,40})?");

    /** A line of the source with what cleaning decided about it; mutable only while one document is cleaned. */
    static final class Line {
        String text;
        Removal prefix;
        Removal suffix;
        Removal whole;

        Line(String text) {
            this.text = text;
        }

        boolean kept() {
            return whole == null && !text.isEmpty();
        }

        void drop(Removal.Kind kind) {
            whole = new Removal(text, kind);
        }
    }

    /**
     * Drops head, label and tail lines that do not belong to the story; returns the headline, or null. Lines read
     * from markup are judged by their head only: inside the article, labels are subheadings and table cells, and
     * its tail (notes, corrections, credits) was already cut by the page structure where it was furniture.
     */
    String apply(List<Line> lines, boolean fromMarkup) {
        var kept = new ArrayList<Line>();
        for (var line : lines) {
            if (line.kept()) {
                kept.add(line);
            }
        }
        var body = bodyIndexes(kept, fromMarkup);
        if (body.isEmpty()) {
            kept.forEach(line -> line.drop(Removal.Kind.BOILERPLATE));
            return null;
        }
        // From markup only the head is judged, against the opening of the story.
        var vocabularyFrom = fromMarkup ? body.subList(0, Math.min(body.size(), OPENING_PARAGRAPHS)) : body;
        var vocabulary = StoryVocabulary.of(vocabularyFrom.stream().map(i -> kept.get(i).text).toList());
        var first = body.get(0);
        var last = body.get(body.size() - 1);
        var head = kept.subList(0, first);
        var title = fromMarkup ? headOfMarkup(head, vocabulary) : headOf(head, vocabulary);
        if (fromMarkup) {
            return title;
        }
        for (var i = first + 1; i < last; i++) {
            var line = kept.get(i);
            if (!LineShape.isProse(line.text) && isLabel(line.text) && vocabulary.shared(line.text) == 0) {
                line.drop(Removal.Kind.BOILERPLATE);
            }
        }
        for (var line : kept.subList(last + 1, kept.size())) {
            var listLike = LineShape.isBullet(line.text) || !LineShape.endsLikeSentence(line.text)
                    || LineShape.capitalisedShare(line.text) >= TITLE_CASE_SHARE;
            if (!LineShape.isProse(line.text) && listLike && vocabulary.overlap(line.text) < MIN_TAIL_OVERLAP) {
                line.drop(Removal.Kind.UNRELATED);
            }
        }
        return title;
    }

    /** Prose paragraphs; for a very short story, any line that reads as a sentence. */
    private static List<Integer> bodyIndexes(List<Line> kept, boolean fromMarkup) {
        var body = new ArrayList<Integer>();
        for (var i = 0; i < kept.size(); i++) {
            if (LineShape.isProse(kept.get(i).text)) {
                body.add(i);
            }
        }
        if (body.isEmpty()) {
            for (var i = 0; i < kept.size(); i++) {
                var text = kept.get(i).text;
                var sentence = LineShape.endsLikeSentence(text)
                        || fromMarkup && LineShape.words(text) >= MIN_STANDFIRST_WORDS;
                if (sentence && LineShape.words(text) >= 3 && !LineShape.isBullet(text)) {
                    body.add(i);
                }
            }
        }
        return body;
    }

    /** Before the headline: kicker, section label, widgets. After it: a standfirst is kept if on topic. */
    private static String headOf(List<Line> head, StoryVocabulary vocabulary) {
        var titleAt = -1;
        for (var i = 0; i < head.size() && titleAt < 0; i++) {
            if (isHeadline(head.get(i).text, vocabulary)) {
                titleAt = i;
            }
        }
        for (var i = 0; i < head.size(); i++) {
            var text = head.get(i).text;
            var onTopic = LineShape.endsLikeSentence(text) && vocabulary.shared(text) >= 1 || vocabulary.shared(text) >= 2;
            if (i < titleAt || i > titleAt && !onTopic) {
                head.get(i).drop(NAME_LINE.matcher(text).matches() && isPersonName(text)
                        ? Removal.Kind.BYLINE : Removal.Kind.HEADER);
            }
        }
        return titleAt < 0 ? null : head.get(titleAt).text;
    }

    /**
     * Markup already cut the page down to the article, so its head is the headline with kicker and labels before it
     * and the standfirst, byline and date after it: a line after the headline stays if it says something.
     */
    private static String headOfMarkup(List<Line> head, StoryVocabulary vocabulary) {
        var titleAt = -1;
        for (var i = 0; i < head.size() && titleAt < 0; i++) {
            if (isHeadline(head.get(i).text, vocabulary)) {
                titleAt = i;
            }
        }
        for (var i = 0; i < head.size(); i++) {
            var text = head.get(i).text;
            var keep = i > titleAt && (LineShape.words(text) >= MIN_STANDFIRST_WORDS || vocabulary.shared(text) >= 2);
            if (!keep && i != titleAt) {
                head.get(i).drop(NAME_LINE.matcher(text).matches() && isPersonName(text)
                        ? Removal.Kind.BYLINE : Removal.Kind.HEADER);
            }
        }
        return titleAt < 0 ? null : head.get(titleAt).text;
    }

    /** "Tom Phillips in Santiago": a byline without "By", read from its shape and the name words. */
    private static boolean isPersonName(String line) {
        var name = line.replaceFirst("\\s+(?:in|and)\\s.*$", "");
        for (var word : name.split("\\s+")) {
            if (NameWords.SENTENCE_WORDS.contains(word) || NameWords.NOT_PERSON.contains(word)
                    || NameWords.MODIFIERS.contains(word) || Places.isPlace(word)) {
                return false;
            }
        }
        return true;
    }

    static boolean isHeadline(String text, StoryVocabulary vocabulary) {
        var words = LineShape.words(text);
        if (words < 3 || words > MAX_HEADLINE_WORDS || LineShape.isBullet(text)) {
            return false;
        }
        var lastChar = text.charAt(text.length() - 1);
        if (lastChar == '.' || lastChar == ',' || lastChar == ';' || lastChar == ':') {
            return false;
        }
        var first = text.charAt(0);
        if (!(Character.isUpperCase(first) || Character.isDigit(first) || "\"“‘'".indexOf(first) >= 0)) {
            return false;
        }
        // title case, or sentence case that names what the story is about ("Valencia floods: thousands flee")
        return LineShape.capitalisedShare(text) >= 0.5 || vocabulary.shared(text) >= 2
                || words >= MIN_SENTENCE_CASE_HEADLINE_WORDS && vocabulary.shared(text) >= 1;
    }

    private static boolean isLabel(String text) {
        return !LineShape.endsLikeSentence(text) && LineShape.words(text) <= MAX_LABEL_WORDS;
    }
}
