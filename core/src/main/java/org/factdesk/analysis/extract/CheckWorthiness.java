package org.factdesk.analysis.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import org.factdesk.analysis.ScoreReason;

/**
 * Scores how worth checking a statement is, the way a fact-checker triages: figures, dates, named people and
 * places, comparisons and firsts can be verified; opinions, questions and hedges mostly cannot. The score is a
 * logistic regression over {@link WorthinessCues} trained on debate sentences (ClaimBuster, CLEF 2019) and posts
 * (CLEF 2020), training splits only (see {@code TrainCheckWorthiness}); each score comes with the features that
 * raised it and those that lowered it, with their signed share of the log-odds. Thread-safe.
 */
public final class CheckWorthiness {

    /**
     * Where a statement comes from. The features and their weights are the same for all; the genre sets the bias,
     * that is where a score of 0.5 lies. News copy, which the training sets do not hold, is scored as debate
     * statements are: whole sentences, the same idea of worth (a factual claim the public would want checked).
     */
    public enum Genre {
        NEWS, DEBATE, TWEET
    }

    /**
     * The training sentences carry no attribution, so these cues of news copy get fixed log-odds set by hand:
     * a quoted, attributed or reported statement is one a desk can put to its source.
     */
    private static final double QUOTE = 0.6;
    private static final double ATTRIBUTED = 0.4;
    private static final double REPORTED = 0.6;
    /** How many reasons of each direction a reader is shown. */
    private static final int RAISED = 4;
    private static final int LOWERED = 3;
    /** Contributions smaller than this explain nothing a reader could act on. */
    private static final double NOTABLE = 0.05;

    private static final WorthinessModel MODEL = WorthinessModel.shipped();
    private final WorthinessCues cues = new WorthinessCues();

    /**
     * A statement's score and what moved it.
     *
     * @param score   check-worthiness in [0,1], to three decimals
     * @param reasons what raised the score, strongest first, then what lowered it, strongest first; never empty
     *                for a statement with words
     */
    public record Assessment(double score, List<ScoreReason> reasons, boolean number, boolean statistic, boolean date,
                             boolean event) {
    }

    /** A statement of news copy on its own. */
    public Assessment assess(String text) {
        return assess(text, Genre.NEWS);
    }

    /** A statement on its own, as the benchmark sentences and posts come. */
    public Assessment assess(String text, Genre genre) {
        return assess(text, genre, false, false, false);
    }

    /** A statement of news copy, with what the article says about who said it. */
    public Assessment assess(String text, boolean quote, boolean attributed, boolean reported) {
        return assess(text, Genre.NEWS, quote, attributed, reported);
    }

    private Assessment assess(String text, Genre genre, boolean quote, boolean attributed, boolean reported) {
        var features = cues.features(text == null ? "" : text);
        var contributions = new LinkedHashMap<String, Contribution>();
        var cueOfWords = new HashMap<String, String>();
        var logit = MODEL.bias(genre);
        for (var unit : features.units()) {
            var weight = 0.0;
            for (var feature : unit.features()) {
                weight += MODEL.weight(feature);
            }
            logit += weight;
            var key = unit.kind() + "\t" + unit.features().get(0);
            if (unit.kind() == WorthinessCues.Kind.CUE && !unit.shown().isEmpty()) {
                cueOfWords.putIfAbsent(unit.shown().toLowerCase(Locale.ROOT), key);
            } else if (unit.kind() == WorthinessCues.Kind.WORD) {
                // the cue and the word it matched are one thing to a reader: "a figure (4.1)", not also "4.1"
                key = cueOfWords.getOrDefault(unit.shown().toLowerCase(Locale.ROOT), key);
            }
            // a word said twice is one reason, with both its shares
            contributions.merge(key, new Contribution(unit, weight), Contribution::plus);
        }
        var reasons = new ArrayList<ScoreReason>();
        contributions.values().forEach(c -> reasons.add(reason(c.unit(), c.weight())));
        if (quote) {
            reasons.add(ScoreReason.of("worthiness.quote", QUOTE));
            logit += QUOTE;
        }
        if (attributed) {
            reasons.add(ScoreReason.of("worthiness.attributed", ATTRIBUTED));
            logit += ATTRIBUTED;
        }
        if (reported) {
            reasons.add(ScoreReason.of("worthiness.reported", REPORTED));
            logit += REPORTED;
        }
        var score = Math.round(WorthinessModel.probability(logit) * 1000) / 1000.0;
        return new Assessment(score, strongest(reasons), features.has(WorthinessCues.Cue.NUMBER),
                features.has(WorthinessCues.Cue.STATISTIC), features.has(WorthinessCues.Cue.DATE),
                features.has(WorthinessCues.Cue.EVENT));
    }

    private record Contribution(WorthinessCues.Unit unit, double weight) {

        Contribution plus(Contribution other) {
            return new Contribution(unit, weight + other.weight);
        }
    }

    /** The strongest few of each direction; if nothing is notable, the one that moved the score most. */
    private static List<ScoreReason> strongest(List<ScoreReason> all) {
        var raised = all.stream().filter(r -> r.weight() >= NOTABLE)
                .sorted(Comparator.comparingDouble(ScoreReason::weight).reversed()).limit(RAISED).toList();
        var lowered = all.stream().filter(r -> r.weight() <= -NOTABLE)
                .sorted(Comparator.comparingDouble(ScoreReason::weight)).limit(LOWERED).toList();
        var reasons = new ArrayList<ScoreReason>(raised);
        reasons.addAll(lowered);
        if (reasons.isEmpty()) {
            all.stream().max(Comparator.comparingDouble(r -> Math.abs(r.weight()))).ifPresent(reasons::add);
        }
        return List.copyOf(reasons);
    }

    /** A unit as the reader is told it, under its message key. */
    private static ScoreReason reason(WorthinessCues.Unit unit, double weight) {
        var shown = unit.shown();
        return switch (unit.kind()) {
            case WORD -> ScoreReason.of("worthiness.word", weight, shown);
            case PAIR -> ScoreReason.of("worthiness.words", weight, shown);
            case MENTION -> ScoreReason.of("worthiness.mention", weight, shown);
            case HASHTAG -> ScoreReason.of("worthiness.hashtag", weight, shown);
            case LINK -> ScoreReason.of("worthiness.link", weight);
            case CUE -> switch (unit.cue()) {
                case NUMBER -> ScoreReason.of("worthiness.number", weight, shown);
                case STATISTIC -> ScoreReason.of("worthiness.statistic", weight, shown);
                case DATE -> ScoreReason.of("worthiness.date", weight, shown);
                case EVENT -> ScoreReason.of("worthiness.event", weight, shown);
                case COMPARISON -> ScoreReason.of("worthiness.comparison", weight, shown);
                case SUPERLATIVE -> ScoreReason.of("worthiness.superlative", weight, shown);
                case NAMED_ENTITY -> ScoreReason.of("worthiness.name", weight, shown);
                case HEDGED -> ScoreReason.of("worthiness.hedged", weight, shown);
                case OPINION -> ScoreReason.of("worthiness.opinion", weight, shown);
                case FUTURE -> ScoreReason.of("worthiness.future", weight, shown);
                case LAW -> ScoreReason.of("worthiness.law", weight, shown);
                case MONEY -> ScoreReason.of("worthiness.money", weight, shown);
                case QUOTE_MARKS -> ScoreReason.of("worthiness.quoteMarks", weight);
                case QUESTION -> ScoreReason.of("worthiness.question", weight);
                case SHORT -> ScoreReason.of("worthiness.short", weight);
                case HEADING -> ScoreReason.of("worthiness.heading", weight);
                case TAGS_ONLY -> ScoreReason.of("worthiness.tagsOnly", weight);
                case EXCLAMATION -> ScoreReason.of("worthiness.exclamation", weight);
            };
        };
    }
}
