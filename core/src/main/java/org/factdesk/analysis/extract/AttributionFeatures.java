package org.factdesk.analysis.extract;

import java.util.List;
import java.util.Locale;

/**
 * What the attribution tagger sees of each token of a paragraph: the word and its neighbours, its shape, how
 * often words like it were cues in the training data (the cue lexicon is learned, not written), how far the
 * nearest likely cue is and on which side, whether it stands inside a quotation, and where it sits in its
 * sentence and in a run of capitalised words. Training and tagging call the same code.
 */
final class AttributionFeatures {

    /** Cue-lexicon buckets at or above this are words that are cues more often than not ("said", "according"). */
    static final int STRONG_CUE = 3;
    private static final String NONE = "-";
    /** The small numbers features name (buckets, distances, offsets), written once instead of for every token. */
    private static final String[] NUMBERS = {"0", "1", "2", "3", "4", "5", "6", "7", "8", "9"};
    /** {@link #label} of each label: "O", or "B" or "I" and the role's ordinal. */
    private static final String[] LABEL_NAMES = labelNames();

    private final CueLexicon lexicon;

    AttributionFeatures(CueLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** One array of feature hashes per token, for the first pass. */
    long[][] of(List<WordTokens.Token> tokens) {
        return of(tokens, null);
    }

    /**
     * One array of feature hashes per token; with the first pass's labels, also what it found around each token
     * (a cue two tokens on, a content ending right before), so that the second pass can make spans agree with
     * each other: a source stands next to a cue, a cue next to a content.
     */
    long[][] of(List<WordTokens.Token> tokens, int[] firstPass) {
        var n = tokens.size();
        var lower = new String[n];
        var shape = new String[n];
        var cue = new int[n];
        var source = new int[n];
        for (var i = 0; i < n; i++) {
            lower[i] = tokens.get(i).lower();
            shape[i] = shape(tokens.get(i).text());
            cue[i] = lexicon.bucket(lower[i]);
            source[i] = lexicon.sourceBucket(lower[i]);
        }
        var sentenceStart = sentenceStarts(tokens);
        var quoted = insideQuotes(tokens);
        var capitalRun = capitalRuns(tokens);
        var features = new long[n][];
        var out = new Hashes();
        for (var i = 0; i < n; i++) {
            out.clear();
            var w = lower[i];
            out.add(FeatureHash.of("b", ""));
            out.add(FeatureHash.of("w", w));
            out.add(FeatureHash.of("s", shape[i]));
            out.add(FeatureHash.of("p3", prefix(w, 3)));
            out.add(FeatureHash.of("x3", suffix(w, 3)));
            out.add(FeatureHash.of("x2", suffix(w, 2)));
            out.add(FeatureHash.of("w-1", at(lower, i - 1)));
            out.add(FeatureHash.of("w-2", at(lower, i - 2)));
            out.add(FeatureHash.of("w+1", at(lower, i + 1)));
            out.add(FeatureHash.of("w+2", at(lower, i + 2)));
            out.add(FeatureHash.of("w+3", at(lower, i + 3)));
            out.add(FeatureHash.of("w-3", at(lower, i - 3)));
            out.add(FeatureHash.of("w-1w+1", at(lower, i - 1), at(lower, i + 1)));
            out.add(FeatureHash.of("x3-1", suffix(at(lower, i - 1), 3)));
            out.add(FeatureHash.of("x3+1", suffix(at(lower, i + 1), 3)));
            out.add(FeatureHash.of("w-1w", at(lower, i - 1), w));
            out.add(FeatureHash.of("ww+1", w, at(lower, i + 1)));
            out.add(FeatureHash.of("w+1w+2", at(lower, i + 1), at(lower, i + 2)));
            out.add(FeatureHash.of("w-2w-1", at(lower, i - 2), at(lower, i - 1)));
            out.add(FeatureHash.of("s-1", at(shape, i - 1)));
            out.add(FeatureHash.of("s+1", at(shape, i + 1)));
            out.add(FeatureHash.of("s-1ss+1", at(shape, i - 1) + shape[i], at(shape, i + 1)));
            out.add(FeatureHash.of("c", number(cue[i])));
            out.add(FeatureHash.of("c-1c+1", bucket(cue, i - 1), bucket(cue, i + 1)));
            out.add(FeatureHash.of("c-2", bucket(cue, i - 2)));
            out.add(FeatureHash.of("c+2", bucket(cue, i + 2)));
            out.add(FeatureHash.of("wc+1", w, bucket(cue, i + 1)));
            out.add(FeatureHash.of("src", bucket(source, i)));
            out.add(FeatureHash.of("src-1src+1", bucket(source, i - 1), bucket(source, i + 1)));
            out.add(FeatureHash.of("srcc+1", bucket(source, i), bucket(cue, i + 1)));
            out.add(FeatureHash.of("srcs", bucket(source, i), shape[i]));
            out.add(FeatureHash.of("sc+1", shape[i], bucket(cue, i + 1)));
            out.add(FeatureHash.of("sc-1", shape[i], bucket(cue, i - 1)));
            var left = nearestCue(cue, sentenceStart, i, -1);
            var right = nearestCue(cue, sentenceStart, i, 1);
            var leftDistance = left < 0 ? NONE : distance(i - left);
            var rightDistance = right < 0 ? NONE : distance(right - i);
            out.add(FeatureHash.of("dl", leftDistance));
            out.add(FeatureHash.of("dr", rightDistance));
            out.add(FeatureHash.of("dldr", leftDistance, rightDistance));
            out.add(FeatureHash.of("sdr", shape[i], rightDistance));
            out.add(FeatureHash.of("sdl", shape[i], leftDistance));
            out.add(FeatureHash.of("wdr", w, rightDistance));
            out.add(FeatureHash.of("rcw", right < 0 ? NONE : lower[right], rightDistance));
            out.add(FeatureHash.of("lcw", left < 0 ? NONE : lower[left], leftDistance));
            var q = quoted[i] ? "in" : "out";
            var closer = closingQuoteBefore(tokens, sentenceStart, i);
            out.add(FeatureHash.of("qb", closer));
            out.add(FeatureHash.of("qbs", closer, shape[i]));
            out.add(FeatureHash.of("qbw", closer, w));
            out.add(FeatureHash.of("hascue", Boolean.toString(left >= 0 || right >= 0), shape[i]));
            out.add(FeatureHash.of("q", q));
            out.add(FeatureHash.of("qs", q, shape[i]));
            out.add(FeatureHash.of("qdr", q, rightDistance));
            out.add(FeatureHash.of("qdl", q, leftDistance));
            var position = i - sentenceStart[i];
            out.add(FeatureHash.of("pos", distance(position)));
            out.add(FeatureHash.of("poss", distance(position), shape[i]));
            out.add(FeatureHash.of("posw", position == 0 ? w : NONE));
            out.add(FeatureHash.of("cap", capitalRun[i]));
            out.add(FeatureHash.of("capdr", capitalRun[i], rightDistance));
            out.add(FeatureHash.of("seg", i == 0 ? "first" : i == n - 1 ? "last" : NONE));
            if (firstPass != null) {
                stacked(firstPass, sentenceStart, i, w, shape[i], out);
            }
            features[i] = out.toArray();
        }
        return features;
    }

    /**
     * Only what {@link #of(List, int[])} adds to {@link #of(List)} for the first pass's labels, in the same order,
     * so that a second pass can reuse the first pass's features instead of computing them again.
     */
    long[][] stackedOnly(List<WordTokens.Token> tokens, int[] firstPass) {
        var n = tokens.size();
        var sentenceStart = sentenceStarts(tokens);
        var features = new long[n][];
        var out = new Hashes();
        for (var i = 0; i < n; i++) {
            out.clear();
            stacked(firstPass, sentenceStart, i, tokens.get(i).lower(), shape(tokens.get(i).text()), out);
            features[i] = out.toArray();
        }
        return features;
    }

    /** A growing array of feature hashes, reused token after token. */
    private static final class Hashes {
        private long[] values = new long[96];
        private int size;

        void add(long hash) {
            if (size == values.length) {
                values = java.util.Arrays.copyOf(values, size * 2);
            }
            values[size++] = hash;
        }

        void clear() {
            size = 0;
        }

        long[] toArray() {
            return java.util.Arrays.copyOf(values, size);
        }
    }

    private static void stacked(int[] first, int[] sentenceStart, int i, String w, String shape, Hashes out) {
        var here = label(first, i);
        out.add(FeatureHash.of("f0", here));
        out.add(FeatureHash.of("f-1", label(first, i - 1)));
        out.add(FeatureHash.of("f+1", label(first, i + 1)));
        out.add(FeatureHash.of("f-2", label(first, i - 2)));
        out.add(FeatureHash.of("f+2", label(first, i + 2)));
        out.add(FeatureHash.of("f-1f0", label(first, i - 1), here));
        out.add(FeatureHash.of("f0f+1", here, label(first, i + 1)));
        out.add(FeatureHash.of("f-1f0f+1", label(first, i - 1) + here, label(first, i + 1)));
        out.add(FeatureHash.of("f0w", here, w));
        out.add(FeatureHash.of("f0s", here, shape));
        var cueRight = nearestRole(first, sentenceStart, i, 1, AttributionRole.CUE);
        var cueLeft = nearestRole(first, sentenceStart, i, -1, AttributionRole.CUE);
        var sourceRight = nearestRole(first, sentenceStart, i, 1, AttributionRole.SOURCE);
        var sourceLeft = nearestRole(first, sentenceStart, i, -1, AttributionRole.SOURCE);
        var right = cueRight < 0 ? NONE : distance(cueRight - i);
        var left = cueLeft < 0 ? NONE : distance(i - cueLeft);
        out.add(FeatureHash.of("fcr", right));
        out.add(FeatureHash.of("fcl", left));
        out.add(FeatureHash.of("fcrl", right, left));
        out.add(FeatureHash.of("fcrs", right, shape));
        out.add(FeatureHash.of("fcls", left, shape));
        out.add(FeatureHash.of("fsr", sourceRight < 0 ? NONE : distance(sourceRight - i)));
        out.add(FeatureHash.of("fsl", sourceLeft < 0 ? NONE : distance(i - sourceLeft)));
        out.add(FeatureHash.of("fcr0", right, here));
    }

    /** How far back the last closing quotation mark of the sentence is ("…,” said X", "…” ― X"), bucketed. */
    private static String closingQuoteBefore(List<WordTokens.Token> tokens, int[] sentenceStart, int i) {
        for (var j = i - 1; j >= Math.max(0, i - 6); j--) {
            var text = tokens.get(j).text();
            // a straight mark closes when it touches the word before it
            if ("”".equals(text) || "\"".equals(text) && j > 0 && tokens.get(j).start() == tokens.get(j - 1).end()) {
                return number(i - j);
            }
        }
        return NONE;
    }

    private static String label(int[] labels, int i) {
        if (i < 0 || i >= labels.length) {
            return NONE;
        }
        var label = labels[i];
        return label >= 0 && label < LABEL_NAMES.length ? LABEL_NAMES[label] : nameOf(label);
    }

    private static String[] labelNames() {
        var names = new String[AttributionRole.LABELS];
        for (var label = 0; label < names.length; label++) {
            names[label] = nameOf(label);
        }
        return names;
    }

    private static String nameOf(int label) {
        var role = AttributionRole.of(label);
        return role == null ? "O" : (AttributionRole.begins(label) ? "B" : "I") + role.ordinal();
    }

    /** The nearest token of the role in the direction {@code step} within the sentence; -1 for none. */
    private static int nearestRole(int[] labels, int[] sentenceStart, int i, int step, AttributionRole role) {
        for (var j = i + step; j >= 0 && j < labels.length && sentenceStart[j] == sentenceStart[i]; j += step) {
            if (AttributionRole.of(labels[j]) == role) {
                return j;
            }
        }
        return -1;
    }

    /** Coarse word shape: "Xx", "x", "X", "d", "X.", or the mark itself for punctuation. */
    static String shape(String word) {
        var c = word.charAt(0);
        if (!Character.isLetterOrDigit(c)) {
            return word.length() == 1 ? word : "#";
        }
        if (Character.isDigit(c)) {
            return "d";
        }
        var upper = 0;
        for (var k = 0; k < word.length(); k++) {
            upper += Character.isUpperCase(word.charAt(k)) ? 1 : 0;
        }
        var dotted = word.endsWith(".");
        if (upper == 0) {
            return dotted ? "x." : "x";
        }
        if (upper == word.length() || upper > 1 && word.length() <= 4) {
            return dotted ? "X." : "X";
        }
        return Character.isUpperCase(c) ? (dotted ? "Xx." : "Xx") : "xX";
    }

    private static String at(String[] values, int i) {
        return i < 0 ? "<s>" : i >= values.length ? "</s>" : values[i];
    }

    private static String bucket(int[] cue, int i) {
        return i < 0 || i >= cue.length ? NONE : number(cue[i]);
    }

    private static String number(int n) {
        return n >= 0 && n < NUMBERS.length ? NUMBERS[n] : Integer.toString(n);
    }

    private static String prefix(String w, int k) {
        return w.length() <= k ? w : w.substring(0, k);
    }

    private static String suffix(String w, int k) {
        return w.length() <= k ? w : w.substring(w.length() - k);
    }

    private static String distance(int d) {
        if (d <= 3) {
            return number(d);
        }
        return d <= 5 ? "4-5" : d <= 8 ? "6-8" : d <= 12 ? "9-12" : "13+";
    }

    /** The nearest likely cue in the same sentence, in the direction {@code step}; -1 for none. */
    private static int nearestCue(int[] cue, int[] sentenceStart, int i, int step) {
        for (var j = i + step; j >= 0 && j < cue.length && sentenceStart[j] == sentenceStart[i]; j += step) {
            if (cue[j] >= STRONG_CUE) {
                return j;
            }
        }
        return -1;
    }

    /** For each token, the index of the first token of its sentence. */
    private static int[] sentenceStarts(List<WordTokens.Token> tokens) {
        var starts = new int[tokens.size()];
        var start = 0;
        for (var i = 0; i < tokens.size(); i++) {
            starts[i] = start;
            var text = tokens.get(i).text();
            if (".".equals(text) || "!".equals(text) || "?".equals(text)) {
                var next = i + 1;
                while (next < tokens.size() && isCloser(tokens.get(next).text())) {
                    starts[next] = start;
                    next++;
                }
                if (next < tokens.size() && !Character.isLowerCase(tokens.get(next).text().charAt(0))) {
                    start = next;
                }
                i = next - 1;
            }
        }
        return starts;
    }

    private static boolean isCloser(String text) {
        return "”".equals(text) || "\"".equals(text) || "’".equals(text) || ")".equals(text) || "'".equals(text);
    }

    /** Whether each token lies between an opening and a closing quotation mark (the marks themselves count as in). */
    private static boolean[] insideQuotes(List<WordTokens.Token> tokens) {
        var inside = new boolean[tokens.size()];
        var open = false;
        for (var i = 0; i < tokens.size(); i++) {
            var text = tokens.get(i).text();
            var opens = "“".equals(text) || "\"".equals(text) && !open || "«".equals(text);
            var closes = "”".equals(text) || "\"".equals(text) && open || "»".equals(text);
            if (opens) {
                open = true;
                inside[i] = true;
            } else if (closes) {
                inside[i] = true;
                open = false;
            } else {
                inside[i] = open;
            }
        }
        return inside;
    }

    /** Position in a run of capitalised words ("B2" first of two, "E2" last), or "-" outside one. */
    private static String[] capitalRuns(List<WordTokens.Token> tokens) {
        var runs = new String[tokens.size()];
        var i = 0;
        while (i < tokens.size()) {
            if (!isCapitalised(tokens.get(i).text())) {
                runs[i++] = NONE;
                continue;
            }
            var j = i;
            while (j < tokens.size() && isCapitalised(tokens.get(j).text())) {
                j++;
            }
            var length = Math.min(j - i, 4);
            for (var k = i; k < j; k++) {
                var place = k == i ? "B" : k == j - 1 ? "E" : "I";
                runs[k] = place + length;
            }
            i = j;
        }
        return runs;
    }

    private static boolean isCapitalised(String text) {
        return Character.isUpperCase(text.charAt(0)) && !text.toUpperCase(Locale.ROOT).equals(text)
                || text.length() > 1 && Character.isUpperCase(text.charAt(0)) && Character.isLetter(text.charAt(1));
    }
}
