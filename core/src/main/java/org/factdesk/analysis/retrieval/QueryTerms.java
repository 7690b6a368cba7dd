package org.factdesk.analysis.retrieval;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.factdesk.analysis.compare.Terms;

/**
 * The terms a text is searched with, each with its weight. A post quoted from a social network ends with its
 * attribution ("— Jane Doe (@janedoe) January 6, 2020"): who posted it and when say something about what it
 * claims, but less than its own words, so the attribution's words weigh less, and its day of the month, which would
 * match any claim about something on that day, is dropped. Weights were chosen on the CLEF 2020 train and dev splits.
 */
final class QueryTerms {

    static final double ATTRIBUTION_WEIGHT = 0.8;
    private static final Pattern ATTRIBUTION = Pattern.compile("[—–-]\\s*[^—–\\n]{0,80}\\(@\\w+\\)\\s*"
            + "(?:January|February|March|April|May|June|July|August|September|October|November|December)"
            + "(?<day>\\s+\\d{1,2},)?\\s+\\d{4}\\s*$");

    private QueryTerms() {
    }

    /** Distinct terms in text order, weight 1 for the text's own words. */
    static Map<String, Double> of(String text) {
        var attribution = ATTRIBUTION.matcher(text);
        var weights = new LinkedHashMap<String, Double>();
        if (!attribution.find()) {
            Terms.of(text).forEach(term -> weights.put(term, 1.0));
            return weights;
        }
        Terms.of(text.substring(0, attribution.start())).forEach(term -> weights.put(term, 1.0));
        var line = attribution.group();
        if (attribution.group("day") != null) {
            var day = attribution.start("day") - attribution.start();
            line = line.substring(0, day) + line.substring(attribution.end("day") - attribution.start());
        }
        Terms.of(line).forEach(term -> weights.putIfAbsent(term, ATTRIBUTION_WEIGHT));
        return weights;
    }
}
