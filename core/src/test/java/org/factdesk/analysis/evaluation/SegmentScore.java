package org.factdesk.analysis.evaluation;

import java.util.List;

/**
 * Trafilatura's evaluation measure: per page, annotators listed text segments that must appear in the extraction
 * ("with") and boilerplate segments that must not ("without"). After white space is collapsed in both, a "with"
 * segment found is a true positive (else a false negative), a "without" segment found a false positive (else a true
 * negative). Counts are pooled over all pages before precision, recall, F1 and accuracy are computed. At most six
 * segments per side and page count, as in the published gate.
 */
public final class SegmentScore {

    private static final int MAX_SEGMENTS = 6;

    private int truePositives;
    private int falseNegatives;
    private int falsePositives;
    private int trueNegatives;

    public void add(String extracted, List<String> with, List<String> without) {
        var text = collapse(extracted);
        for (var segment : with.subList(0, Math.min(MAX_SEGMENTS, with.size()))) {
            if (text.contains(collapse(segment))) {
                truePositives++;
            } else {
                falseNegatives++;
            }
        }
        for (var segment : without.subList(0, Math.min(MAX_SEGMENTS, without.size()))) {
            if (text.contains(collapse(segment))) {
                falsePositives++;
            } else {
                trueNegatives++;
            }
        }
    }

    public double precision() {
        return ratio(truePositives, truePositives + falsePositives);
    }

    public double recall() {
        return ratio(truePositives, truePositives + falseNegatives);
    }

    public double f1() {
        var p = precision();
        var r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public double accuracy() {
        return ratio(truePositives + trueNegatives, truePositives + trueNegatives + falsePositives + falseNegatives);
    }

    private static double ratio(int numerator, int denominator) {
        return denominator == 0 ? 0 : (double) numerator / denominator;
    }

    public static String collapse(String text) {
        return text == null ? "" : String.join(" ", text.strip().split("\\s+"));
    }
}
