package org.factdesk.analysis.control;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Scores how worth checking a statement is, the way a fact-checker triages: figures, dates, named people and
 * places, comparisons and firsts can be verified; opinions, questions and hedges mostly cannot. Each feature
 * adds a fixed weight so that an editor can read the reasons and see why a score is what it is.
 */
final class CheckWorthiness {

    private static final Pattern NUMBER = Pattern.compile("(?<![\\p{L}\\-])\\d[\\d,.]*(?:st|nd|rd|th)?(?![\\p{L}\\d])"
            + "|(?i)\\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty"
            + "|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|millions?|billions?|trillions?|dozens?"
            + "|half|twice|double|triple)\\b");
    private static final Pattern QUANTITY = Pattern.compile("\\d\\s?%|(?i)\\bper ?cent\\b|[$€£¥₽]\\s?\\d"
            + "|(?i)\\b\\d[\\d,.]*\\s?(?:million|billion|trillion|km|kilometres|kilometers|miles|tons|tonnes"
            + "|dollars|euros|rubles|roubles|yuan|pounds|people|troops|soldiers|deaths|injured|killed)\\b");
    private static final Pattern DATE = Pattern.compile("\\b(?:1[89]\\d\\d|20\\d\\d)\\b|\\b(?:Monday|Tuesday"
            + "|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|June|July|August|September"
            + "|October|November|December)\\b|(?i)\\b(?:yesterday|last (?:week|month|year)|next (?:week|month|year)"
            + "|\\d+ (?:days|weeks|months|years) ago)\\b");
    private static final Pattern EVENT = Pattern.compile("(?i)\\b(?:first|last|since|visit(?:ed|s)?|trip|met|meeting"
            + "|arrived|fired|launched|took place|held|signed|elected|killed|died|attacked|celebrated|anniversary"
            + "|inspected|traveled|travelled|left|announced|opened|closed)\\b");
    private static final Pattern COMPARISON = Pattern.compile("(?i)\\b(?:more than|less than|fewer than|greater than"
            + "|higher|lower|larger|smaller|bigger|increased?|decreased?|rose|fell|grew|dropped|doubled|tripled"
            + "|compared|than|up from|down from|exceed(?:s|ed)?)\\b");
    private static final Pattern SUPERLATIVE = Pattern.compile("(?i)\\b(?:first|last|only|largest|biggest|highest"
            + "|lowest|greatest|smallest|longest|shortest|fastest|oldest|newest|deadliest|worst|best|most|least"
            + "|record|unprecedented|never)\\b");
    private static final Pattern HEDGE = Pattern.compile("(?i)\\b(?:I think|I believe|we believe|in my opinion|should"
            + "|hope|hopes|wish|might|perhaps|probably|maybe)\\b");
    private static final Pattern CAPITALISED = Pattern.compile("(?<=\\s)\\p{Lu}\\p{Ll}+");

    /** Named features of a statement, and the score they add up to. */
    record Assessment(double score, List<String> reasons, boolean number, boolean statistic, boolean date,
                      boolean event) {
    }

    Assessment assess(String text, boolean quote, boolean attributed, boolean reported) {
        var reasons = new ArrayList<String>();
        var score = 0.1;
        var number = NUMBER.matcher(text).find();
        var statistic = QUANTITY.matcher(text).find();
        var date = DATE.matcher(text).find();
        var event = EVENT.matcher(text).find();
        score += weigh(number, 0.25, "number", reasons);
        score += weigh(statistic, 0.1, "statistic", reasons);
        score += weigh(date, 0.15, "date", reasons);
        score += weigh(event, 0.15, "event", reasons);
        score += weigh(COMPARISON.matcher(text).find(), 0.15, "comparison", reasons);
        score += weigh(SUPERLATIVE.matcher(text).find(), 0.1, "superlative", reasons);
        score += weigh(CAPITALISED.matcher(text).find(), 0.1, "named entity", reasons);
        score += weigh(quote, 0.15, "quote", reasons);
        score += weigh(attributed, 0.1, "attributed", reasons);
        score += weigh(reported, 0.15, "reported speech", reasons);
        score -= weigh(HEDGE.matcher(text).find(), 0.1, "hedged", reasons);
        score -= weigh(text.stripTrailing().endsWith("?"), 0.2, "question", reasons);
        score -= weigh(LineShape.words(text) < 5, 0.15, "short", reasons);
        score -= weigh(!quote && !LineShape.endsLikeSentence(text), 0.1, "heading", reasons);
        var clamped = Math.max(0, Math.min(1, score));
        return new Assessment(Math.round(clamped * 100) / 100.0, List.copyOf(reasons), number, statistic, date, event);
    }

    private static double weigh(boolean present, double weight, String reason, List<String> reasons) {
        if (!present) {
            return 0;
        }
        reasons.add(reason);
        return weight;
    }
}
