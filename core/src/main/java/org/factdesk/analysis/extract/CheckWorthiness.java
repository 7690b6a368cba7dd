package org.factdesk.analysis.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores how worth checking a statement is, the way a fact-checker triages: figures, dates, named people and
 * places, comparisons and firsts can be verified; opinions, questions and hedges mostly cannot. The score is a
 * logistic regression over {@link WorthinessCues} trained on the ClaimBuster debate sentences (training split
 * only; see the README), so each reason shown is a feature that actually moved the score. Thread-safe.
 */
public final class CheckWorthiness {

    /**
     * The training sentences carry no attribution, so these cues of news copy get fixed log-odds set by hand:
     * a quoted, attributed or reported statement is one a desk can put to its source.
     */
    private static final double QUOTE = 0.6;
    private static final double ATTRIBUTED = 0.4;
    private static final double REPORTED = 0.6;
    private static final int TERM_REASONS = 2;
    /** Terms that move the log-odds less than this explain little to a reader. */
    private static final double NOTABLE_TERM = 0.25;

    private static final WorthinessModel MODEL = WorthinessModel.shipped();
    private final WorthinessCues cues = new WorthinessCues();

    /**
     * Named features of a statement, and the score they add up to.
     *
     * @param reasons cues present, strongest first ("number", "date", "question"...), then up to two words that
     *                weighed most ("word “unemployment”"); never empty for a text with words
     */
    public record Assessment(double score, List<String> reasons, boolean number, boolean statistic, boolean date,
                             boolean event) {
    }

    /** A statement on its own, as the benchmark sentences come. */
    public Assessment assess(String text) {
        return assess(text, false, false, false);
    }

    public Assessment assess(String text, boolean quote, boolean attributed, boolean reported) {
        var present = cues.cues(text);
        var features = cues.features(text, present);
        var logit = MODEL.logit(features) + (quote ? QUOTE : 0) + (attributed ? ATTRIBUTED : 0)
                + (reported ? REPORTED : 0);
        var reasons = new ArrayList<Contribution>();
        present.forEach(cue -> reasons.add(new Contribution(cue.reason(), MODEL.weight(cue.feature()))));
        add(reasons, quote, "quote", QUOTE);
        add(reasons, attributed, "attributed", ATTRIBUTED);
        add(reasons, reported, "reported speech", REPORTED);
        reasons.sort(Comparator.comparingDouble(Contribution::weight).reversed());
        var named = new ArrayList<String>();
        reasons.forEach(reason -> named.add(reason.reason()));
        named.addAll(strongestTerms(features, NOTABLE_TERM));
        if (named.isEmpty()) {
            named.addAll(strongestTerms(features, Double.NEGATIVE_INFINITY));
        }
        var score = Math.round(WorthinessModel.probability(logit) * 100) / 100.0;
        return new Assessment(score, List.copyOf(named), present.contains(WorthinessCues.Cue.NUMBER),
                present.contains(WorthinessCues.Cue.STATISTIC), present.contains(WorthinessCues.Cue.DATE),
                present.contains(WorthinessCues.Cue.EVENT));
    }

    private record Contribution(String reason, double weight) {
    }

    private static void add(List<Contribution> reasons, boolean present, String reason, double weight) {
        if (present && reasons.stream().noneMatch(r -> r.reason().equals(reason))) {
            reasons.add(new Contribution(reason, weight));
        }
    }

    /** The words (not pairs or figures) that pushed the score up most, as an editor would recognise them. */
    private static List<String> strongestTerms(List<String> features, double atLeast) {
        var byWord = new HashMap<String, Double>();
        for (var feature : features) {
            if (feature.startsWith("w:") && !feature.startsWith("w:#")) {
                byWord.merge(feature.substring(2), MODEL.weight(feature), Math::max);
            }
        }
        return byWord.entrySet().stream()
                .filter(entry -> entry.getValue() >= atLeast)
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .limit(TERM_REASONS)
                .map(entry -> "word “" + entry.getKey() + "”")
                .toList();
    }
}
