package org.factdesk.analysis.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Word-level differences, one longest-common-subsequence alignment for the whole desk, capped in size so that a
 * pathological pair costs milliseconds and never the server's memory:
 * <ul>
 * <li>{@link #diff}: two variants of a statement side by side, runs both share and runs where they differ ("despite
 * your tight schedule" / "despite being busy"). Words are compared in lower case with straight quotes; the
 * segments keep the text as written.</li>
 * <li>{@link #changes}: a newer version of a text against an older one as an editor reads a tracked change (a
 * review's rationale): words and the spaces between them compared exactly and kept as written, so a changed
 * figure shows as one word struck out and one word added, and line breaks survive.</li>
 * </ul>
 */
public final class WordDiff {

    /** Longer variants are compared as wholes: a claim this long is no longer one statement. */
    static final int MAX_WORDS = 400;
    /** A tracked change between two 20,000-character texts is about 2,000 by 2,000 words. */
    static final int MAX_CELLS = 4_000_000;
    private static final Pattern WORD = Pattern.compile("\\S+");
    /** Words and the spaces between them, for tracked changes. */
    private static final Pattern TOKEN = Pattern.compile("\\S+|\\s+");

    /**
     * One aligned piece: on a shared segment both sides hold the same words; on a different one either side may
     * be empty (words only one variant has).
     */
    public record Segment(boolean same, String left, String right) {
    }

    public List<Segment> diff(String left, String right) {
        var a = words(left);
        var b = words(right);
        if (a.size() > MAX_WORDS || b.size() > MAX_WORDS) {
            return List.of(new Segment(left.equals(right), left, right));
        }
        var segments = new ArrayList<Segment>();
        var sameLeft = new ArrayList<String>();
        var sameRight = new ArrayList<String>();
        var onlyLeft = new ArrayList<String>();
        var onlyRight = new ArrayList<String>();
        for (var step : align(a.stream().map(Word::key).toList(), b.stream().map(Word::key).toList(), Long.MAX_VALUE)) {
            switch (step.kind()) {
                case SAME -> {
                    flush(segments, false, onlyLeft, onlyRight);
                    sameLeft.add(a.get(step.left()).written());
                    sameRight.add(b.get(step.right()).written());
                }
                case REMOVED -> {
                    flush(segments, true, sameLeft, sameRight);
                    onlyLeft.add(a.get(step.left()).written());
                }
                case ADDED -> {
                    flush(segments, true, sameLeft, sameRight);
                    onlyRight.add(b.get(step.right()).written());
                }
            }
        }
        flush(segments, true, sameLeft, sameRight);
        flush(segments, false, onlyLeft, onlyRight);
        return List.copyOf(segments);
    }

    /** What a tracked change shows: text both versions have, text the newer one added, text it removed. */
    public enum ChangeKind {
        SAME, ADDED, REMOVED
    }

    /** A run of one kind, as written (spaces and line breaks included). */
    public record Change(ChangeKind kind, String text) {
    }

    /**
     * The newer text against the older one, runs of the same kind joined. The common beginning and end are set
     * aside first; a middle too large to align within {@value #MAX_CELLS} table cells (two unrelated long texts)
     * is shown as replaced outright.
     */
    public static List<Change> changes(String older, String newer) {
        var a = tokens(older);
        var b = tokens(newer);
        var changes = new ArrayList<Change>();
        for (var step : align(a, b, MAX_CELLS)) {
            var token = step.kind() == ChangeKind.ADDED ? b.get(step.right()) : a.get(step.left());
            var last = changes.isEmpty() ? null : changes.get(changes.size() - 1);
            if (last != null && last.kind() == step.kind()) {
                changes.set(changes.size() - 1, new Change(last.kind(), last.text() + token));
            } else {
                changes.add(new Change(step.kind(), token));
            }
        }
        return List.copyOf(changes);
    }

    /** One step of an alignment: a token both sides share, or one only the left (older) or right (newer) side has. */
    private record Step(ChangeKind kind, int left, int right) {
    }

    /**
     * Aligns two token sequences by their keys: the common prefix and suffix directly, the middle by a
     * longest-common-subsequence table unless it would exceed the given number of cells, when the middle is
     * replaced outright.
     */
    private static List<Step> align(List<String> a, List<String> b, long maxCells) {
        var prefix = 0;
        while (prefix < a.size() && prefix < b.size() && a.get(prefix).equals(b.get(prefix))) {
            prefix++;
        }
        var suffix = 0;
        while (suffix < a.size() - prefix && suffix < b.size() - prefix
                && a.get(a.size() - 1 - suffix).equals(b.get(b.size() - 1 - suffix))) {
            suffix++;
        }
        var steps = new ArrayList<Step>();
        for (var k = 0; k < prefix; k++) {
            steps.add(new Step(ChangeKind.SAME, k, k));
        }
        var aEnd = a.size() - suffix;
        var bEnd = b.size() - suffix;
        var rows = aEnd - prefix;
        var columns = bEnd - prefix;
        if ((long) (rows + 1) * (columns + 1) > maxCells) {
            for (var i = prefix; i < aEnd; i++) {
                steps.add(new Step(ChangeKind.REMOVED, i, -1));
            }
            for (var j = prefix; j < bEnd; j++) {
                steps.add(new Step(ChangeKind.ADDED, -1, j));
            }
        } else {
            var common = new int[rows + 1][columns + 1];
            for (var i = rows - 1; i >= 0; i--) {
                for (var j = columns - 1; j >= 0; j--) {
                    common[i][j] = a.get(prefix + i).equals(b.get(prefix + j)) ? common[i + 1][j + 1] + 1
                            : Math.max(common[i + 1][j], common[i][j + 1]);
                }
            }
            var i = 0;
            var j = 0;
            while (i < rows || j < columns) {
                if (i < rows && j < columns && a.get(prefix + i).equals(b.get(prefix + j))) {
                    steps.add(new Step(ChangeKind.SAME, prefix + i++, prefix + j++));
                } else if (j >= columns || i < rows && common[i + 1][j] >= common[i][j + 1]) {
                    steps.add(new Step(ChangeKind.REMOVED, prefix + i++, -1));
                } else {
                    steps.add(new Step(ChangeKind.ADDED, -1, prefix + j++));
                }
            }
        }
        for (var k = 0; k < suffix; k++) {
            steps.add(new Step(ChangeKind.SAME, aEnd + k, bEnd + k));
        }
        return steps;
    }

    private static List<String> tokens(String text) {
        var tokens = new ArrayList<String>();
        if (text != null) {
            TOKEN.matcher(text).results().forEach(m -> tokens.add(m.group()));
        }
        return tokens;
    }

    /** Share of words the variants have in common, from 0 (nothing) to 1 (the same words). */
    public double overlap(List<Segment> segments) {
        var same = 0;
        var total = 0;
        for (var segment : segments) {
            var words = count(segment.left()) + count(segment.right());
            total += words;
            same += segment.same() ? words : 0;
        }
        return total == 0 ? 1 : same / (double) total;
    }

    private record Word(String written, String key) {
    }

    private static List<Word> words(String text) {
        var words = new ArrayList<Word>();
        var matcher = WORD.matcher(text);
        while (matcher.find()) {
            var written = matcher.group();
            var key = written.toLowerCase(Locale.ROOT).replaceAll("[’‘]", "'").replaceAll("[“”«»]", "\"")
                    .replaceAll("^[\"'(\\[]+|[\"'.,;:!?)\\]]+$", "");
            words.add(new Word(written, key.isEmpty() ? written : key));
        }
        return words;
    }

    private static void flush(List<Segment> segments, boolean same, List<String> left, List<String> right) {
        if (left.isEmpty() && right.isEmpty()) {
            return;
        }
        segments.add(new Segment(same, String.join(" ", left), String.join(" ", right)));
        left.clear();
        right.clear();
    }

    private static int count(String text) {
        return text.isBlank() ? 0 : text.strip().split("\\s+").length;
    }
}
