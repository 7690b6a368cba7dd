package org.factdesk.analysis.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Lines two variants of a statement up word by word, for side-by-side highlighting: runs both share, and runs
 * where they differ ("despite your tight schedule" / "despite being busy"). Words are compared in lower case
 * with straight quotes; the segments keep the text as written. Longest common subsequence, capped in size so a
 * pathological pair costs milliseconds.
 */
public final class WordDiff {

    /** Longer variants are compared as wholes: a claim this long is no longer one statement. */
    static final int MAX_WORDS = 400;
    private static final Pattern WORD = Pattern.compile("\\S+");

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
        var common = new int[a.size() + 1][b.size() + 1];
        for (var i = a.size() - 1; i >= 0; i--) {
            for (var j = b.size() - 1; j >= 0; j--) {
                common[i][j] = a.get(i).key().equals(b.get(j).key()) ? common[i + 1][j + 1] + 1
                        : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        var segments = new ArrayList<Segment>();
        var i = 0;
        var j = 0;
        var sameLeft = new ArrayList<String>();
        var sameRight = new ArrayList<String>();
        var onlyLeft = new ArrayList<String>();
        var onlyRight = new ArrayList<String>();
        while (i < a.size() || j < b.size()) {
            if (i < a.size() && j < b.size() && a.get(i).key().equals(b.get(j).key())) {
                flush(segments, false, onlyLeft, onlyRight);
                sameLeft.add(a.get(i++).written());
                sameRight.add(b.get(j++).written());
            } else {
                flush(segments, true, sameLeft, sameRight);
                if (j >= b.size() || i < a.size() && common[i + 1][j] >= common[i][j + 1]) {
                    onlyLeft.add(a.get(i++).written());
                } else {
                    onlyRight.add(b.get(j++).written());
                }
            }
        }
        flush(segments, true, sameLeft, sameRight);
        flush(segments, false, onlyLeft, onlyRight);
        return List.copyOf(segments);
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
