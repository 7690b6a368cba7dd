package org.factdesk.analysis.evaluation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The article-extraction benchmark's measure: each text becomes its word tokens ({@code \w+}, Unicode), then the
 * multiset of its 4-token shingles. Per page, shared shingles are true positives, extra ones false positives and
 * missing ones false negatives. Precision and recall are averaged over pages, F1 is taken from the two means, and
 * "accuracy" is the share of pages whose token sequence equals the gold one exactly.
 *
 * <p>Edge cases, as the benchmark defines them: a page with neither false positives nor false negatives scores 1
 * for both; a page with no true positive scores 0 for both. A text shorter than four tokens is one shingle.
 */
public final class ShingleScore {

    private static final Pattern TOKEN = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final int SHINGLE = 4;

    private double precisionSum;
    private double recallSum;
    private int exact;
    private int pages;

    public void add(String expected, String predicted) {
        var gold = tokens(expected);
        var found = tokens(predicted);
        exact += gold.equals(found) ? 1 : 0;
        pages++;
        var goldShingles = shingles(gold);
        var foundShingles = shingles(found);
        var truePositives = 0;
        var goldCount = 0;
        for (var entry : goldShingles.entrySet()) {
            goldCount += entry.getValue();
            truePositives += Math.min(entry.getValue(), foundShingles.getOrDefault(entry.getKey(), 0));
        }
        var foundCount = foundShingles.values().stream().mapToInt(Integer::intValue).sum();
        var falsePositives = foundCount - truePositives;
        var falseNegatives = goldCount - truePositives;
        if (falsePositives == 0 && falseNegatives == 0) {
            precisionSum += 1;
            recallSum += 1;
        } else if (truePositives > 0) {
            precisionSum += (double) truePositives / foundCount;
            recallSum += (double) truePositives / goldCount;
        }
    }

    public double precision() {
        return pages == 0 ? 0 : precisionSum / pages;
    }

    public double recall() {
        return pages == 0 ? 0 : recallSum / pages;
    }

    public double f1() {
        var p = precision();
        var r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public double accuracy() {
        return pages == 0 ? 0 : (double) exact / pages;
    }

    public static List<String> tokens(String text) {
        var tokens = new ArrayList<String>();
        var matcher = TOKEN.matcher(text == null ? "" : text);
        while (matcher.find()) {
            tokens.add(matcher.group());
        }
        return tokens;
    }

    private static Map<String, Integer> shingles(List<String> tokens) {
        var shingles = new HashMap<String, Integer>();
        if (tokens.isEmpty()) {
            return shingles;
        }
        if (tokens.size() < SHINGLE) {
            shingles.put(String.join(" ", tokens), 1);
            return shingles;
        }
        for (var i = 0; i + SHINGLE <= tokens.size(); i++) {
            shingles.merge(String.join(" ", tokens.subList(i, i + SHINGLE)), 1, Integer::sum);
        }
        return shingles;
    }
}
