package org.factdesk.analysis.clean;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.factdesk.analysis.SeenLines;

/**
 * The lines each document of an import shares with the import's other documents, as {@link SeenLines} for a second
 * cleaning: a line printed around several different stories is site chrome. Copies of one story share sentences and
 * quotes that are no chrome at all, so a document never counts for another that reports the same story: two
 * documents report the same story when they name the same people and places in the lines they do not share.
 */
public final class SharedLines {

    /** Two documents that share this many names, or this share of the fewer names, report one story. */
    private static final int SAME_STORY_NAMES = 4;
    private static final double SAME_STORY_SHARE = 0.25;
    /** A document printing this share of another's lines is a copy of it. */
    private static final double COPY_SHARE = 0.5;
    /** One shared line is a banner; a copy shares more. */
    private static final int MIN_COPY_LINES = 2;
    /** Words in capitals at most this long are read as names; longer runs are text in capitals. */
    private static final int MAX_NAME_LENGTH = 30;
    /** How many other documents of an import each document is compared with. */
    static final int MAX_OTHERS = 200;

    /**
     * @param fingerprints the document's line fingerprints, as its first cleaning returned them
     * @param cleanedText  its first cleaning's text, paragraphs joined by blank lines, where its names are read
     */
    public record Document(List<Long> fingerprints, String cleanedText) {
    }

    private SharedLines() {
    }

    /**
     * For each document, in order, what the import's documents about other stories show of its lines. Documents
     * are compared pairwise, each with at most the first {@value #MAX_OTHERS} others, so that a large import costs
     * a bounded amount per document.
     */
    public static List<SeenLines> of(List<Document> documents) {
        var read = documents.stream().map(Read::of).toList();
        var compared = read.subList(0, Math.min(read.size(), MAX_OTHERS + 1));
        var result = new ArrayList<SeenLines>();
        for (var i = 0; i < read.size(); i++) {
            var others = new ArrayList<>(compared);
            if (i < compared.size()) {
                others.remove(i);
            }
            result.add(seenBy(read.get(i), others.subList(0, Math.min(others.size(), MAX_OTHERS))));
        }
        return result;
    }

    /**
     * What the other documents of an outlet or an import that report other stories show of one document's lines:
     * the server asks this of an outlet's recent articles, the {@code analyze} command of a folder's files. At most
     * the first {@value #MAX_OTHERS} others are read.
     */
    public static SeenLines seenBy(Document document, List<Document> others) {
        return seenBy(Read.of(document), others.subList(0, Math.min(others.size(), MAX_OTHERS)).stream()
                .map(Read::of).toList());
    }

    /** A document's lines as a set and its text as paragraphs, read once however often it is compared. */
    private record Read(Set<Long> lines, List<String> paragraphs) {
        static Read of(Document document) {
            return new Read(Set.copyOf(document.fingerprints()), SharedLines.paragraphs(document.cleanedText()));
        }
    }

    /** @param others at most {@value #MAX_OTHERS}, as both callers cut them */
    private static SeenLines seenBy(Read document, List<Read> others) {
        var counts = new HashMap<Long, Integer>();
        var compared = 0;
        for (var other : others) {
            if (copies(document.lines(), other.lines()) || sameStory(names(document.paragraphs(), other.lines()),
                    names(other.paragraphs(), document.lines()))) {
                continue;
            }
            compared++;
            for (var fingerprint : other.lines()) {
                if (document.lines().contains(fingerprint)) {
                    counts.merge(fingerprint, 1, Integer::sum);
                }
            }
        }
        return compared == 0 ? SeenLines.NONE : new SeenLines(counts, compared);
    }

    /**
     * Two copies of one story print most of the same lines, and then the lines neither prints alone are too few to
     * name anyone: a document that shares at least half of the shorter one's lines, and more than one, is a copy,
     * never chrome.
     */
    static boolean copies(Set<Long> a, Set<Long> b) {
        var shorter = a.size() <= b.size() ? a : b;
        var longer = shorter == a ? b : a;
        var shared = 0;
        for (var fingerprint : shorter) {
            shared += longer.contains(fingerprint) ? 1 : 0;
        }
        return shared >= MIN_COPY_LINES && shared >= COPY_SHARE * shorter.size();
    }

    private static List<String> paragraphs(String text) {
        return List.of(text.split("\n\n"));
    }

    /** The names in the paragraphs the other document does not print: chrome both print names the outlet. */
    private static Set<String> names(List<String> paragraphs, Set<Long> otherLines) {
        var names = new HashSet<String>();
        for (var paragraph : paragraphs) {
            if (!otherLines.contains(org.factdesk.analysis.LineFingerprint.of(paragraph))) {
                names.addAll(names(paragraph));
            }
        }
        return names;
    }

    static boolean sameStory(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        var shared = 0;
        for (var name : a) {
            shared += b.contains(name) ? 1 : 0;
        }
        return shared >= SAME_STORY_NAMES || shared >= SAME_STORY_SHARE * Math.min(a.size(), b.size());
    }

    /** Capitalised words that do not open a sentence and are not function words: the names a story mentions. */
    static Set<String> names(String text) {
        var names = new HashSet<String>();
        var sentenceStart = true;
        for (var token : text.split("\\s+")) {
            if (token.isEmpty()) {
                continue;
            }
            var word = token.replaceAll("^[^\\p{L}]+|[^\\p{L}]+$", "");
            if (!sentenceStart && word.length() >= 3 && word.length() <= MAX_NAME_LENGTH
                    && Character.isUpperCase(word.charAt(0)) && !NameWords.SENTENCE_WORDS.contains(word)
                    && !word.equals(word.toUpperCase(java.util.Locale.ROOT))) {
                names.add(word);
            }
            var last = token.charAt(token.length() - 1);
            sentenceStart = LineShape.isTerminal(last) || LineShape.isCloser(last) && token.length() > 1
                    && LineShape.isTerminal(token.charAt(token.length() - 2));
        }
        return names;
    }
}
