package org.factdesk.analysis.clean;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.factdesk.analysis.evaluation.SegmentScore;
import org.factdesk.analysis.evaluation.ShingleScore;

/**
 * Labels the lines of a benchmark page from its gold. With a gold text, a line is content when most of its 4-token
 * shingles are in the gold (a line shorter than four tokens is read with three tokens of each neighbour, so that a
 * subheading between two paragraphs of the story counts, and "Share" between them does not). With annotated
 * segments, a line is content when it holds or lies within a segment that must be kept, furniture when it holds or
 * lies within one that must go, and unknown otherwise. The headline is left unlabelled: the title stage owns it.
 * Each page weighs 1 in all, spread over its labelled lines by their tokens (the shingle measure counts tokens) or
 * evenly (the segment measure counts segments).
 */
final class GoldLabels {

    private static final int SHINGLE = 4;
    private static final int CONTEXT = SHINGLE - 1;
    /** A line inside a segment must be long enough not to occur in it by chance. */
    private static final int MIN_INSIDE_CHARS = 12;

    private GoldLabels() {
    }

    static void label(ContentTraining.View view, BenchmarkPage page, String title) {
        var n = view.lines.size();
        view.labels = new double[n];
        view.weights = new double[n];
        if (page.goldText() != null) {
            byShingles(view, page.goldText(), title);
        } else {
            bySegments(view, page.with(), page.without(), title);
        }
        var total = 0.0;
        for (var i = 0; i < n; i++) {
            total += Double.isNaN(view.labels[i]) ? 0 : view.weights[i];
        }
        for (var i = 0; i < n; i++) {
            view.weights[i] = total == 0 || Double.isNaN(view.labels[i]) ? 0 : view.weights[i] / total;
        }
    }

    private static boolean isTitle(String text, String title) {
        return title != null && LineShape.words(text) <= 30 && TextCleaner.sameHeadline(text, title);
    }

    private static void byShingles(ContentTraining.View view, String gold, String title) {
        var goldShingles = new HashSet<>(shingles(ShingleScore.tokens(gold)));
        var tokens = view.lines.stream().map(line -> ShingleScore.tokens(line.text)).toList();
        for (var i = 0; i < tokens.size(); i++) {
            var own = tokens.get(i);
            if (own.isEmpty() || isTitle(view.lines.get(i).text, title)) {
                view.labels[i] = Double.NaN;
                continue;
            }
            double inGold;
            if (own.size() >= SHINGLE) {
                inGold = share(shingles(own), goldShingles);
            } else {
                inGold = share(window(tokens, i), goldShingles);
            }
            view.labels[i] = inGold >= 0.5 ? 1 : 0;
            view.weights[i] = own.size() + CONTEXT;
        }
    }

    /** The 4-grams that hold at least one token of a short line, read with its neighbours' nearest tokens. */
    private static List<String> window(List<List<String>> tokens, int i) {
        var before = new java.util.ArrayList<String>();
        for (var j = i - 1; j >= 0 && before.size() < CONTEXT; j--) {
            var previous = tokens.get(j);
            for (var k = previous.size() - 1; k >= 0 && before.size() < CONTEXT; k--) {
                before.add(0, previous.get(k));
            }
        }
        var after = new java.util.ArrayList<String>();
        for (var j = i + 1; j < tokens.size() && after.size() < CONTEXT; j++) {
            for (var token : tokens.get(j)) {
                if (after.size() < CONTEXT) {
                    after.add(token);
                }
            }
        }
        var all = new java.util.ArrayList<String>(before);
        all.addAll(tokens.get(i));
        all.addAll(after);
        var first = before.size();
        var last = first + tokens.get(i).size() - 1;
        var grams = new java.util.ArrayList<String>();
        for (var start = 0; start + SHINGLE <= all.size(); start++) {
            if (start + SHINGLE - 1 >= first && start <= last) {
                grams.add(String.join(" ", all.subList(start, start + SHINGLE)));
            }
        }
        if (grams.isEmpty()) {
            grams.add(String.join(" ", all));
        }
        return grams;
    }

    private static List<String> shingles(List<String> tokens) {
        var grams = new java.util.ArrayList<String>();
        for (var i = 0; i + SHINGLE <= tokens.size(); i++) {
            grams.add(String.join(" ", tokens.subList(i, i + SHINGLE)));
        }
        return grams;
    }

    private static double share(List<String> grams, Set<String> gold) {
        if (grams.isEmpty()) {
            return 0;
        }
        var found = 0;
        for (var gram : grams) {
            found += gold.contains(gram) ? 1 : 0;
        }
        return (double) found / grams.size();
    }

    private static void bySegments(ContentTraining.View view, List<String> with, List<String> without, String title) {
        var keep = with.stream().map(SegmentScore::collapse).filter(s -> !s.isEmpty()).toList();
        var cut = without.stream().map(SegmentScore::collapse).filter(s -> !s.isEmpty()).toList();
        for (var i = 0; i < view.lines.size(); i++) {
            var text = SegmentScore.collapse(view.lines.get(i).text);
            if (isTitle(view.lines.get(i).text, title)) {
                view.labels[i] = Double.NaN;
                continue;
            }
            var content = matches(text, keep);
            var furniture = matches(text, cut);
            view.labels[i] = content == furniture ? Double.NaN : content ? 1 : 0;
            view.weights[i] = 1;
        }
    }

    private static boolean matches(String line, List<String> segments) {
        if (line.isEmpty()) {
            return false;
        }
        for (var segment : segments) {
            if (line.contains(segment) || line.length() >= MIN_INSIDE_CHARS && segment.contains(line)) {
                return true;
            }
        }
        return false;
    }
}
