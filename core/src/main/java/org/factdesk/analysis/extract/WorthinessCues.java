package org.factdesk.analysis.extract;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.factdesk.analysis.clean.LineShape;

/**
 * What a statement looks like to a fact-checker's eye, as learnable features: named cues (a figure, a date, a
 * comparison, a hedge...) that double as the reasons shown to an editor, and the statement's words and word pairs,
 * which carry what cues cannot name ("unemployment", "voted against"). Stateless and thread-safe.
 */
final class WorthinessCues {

    /** A cue with the reason an editor reads when it counts. */
    enum Cue {
        NUMBER("number"), STATISTIC("statistic"), DATE("date"), EVENT("event"), COMPARISON("comparison"),
        SUPERLATIVE("superlative"), NAMED_ENTITY("named entity"), QUOTE_MARKS("quote"), HEDGED("hedged"),
        QUESTION("question"), SHORT("short"), HEADING("heading"), OPINION("opinion"), FUTURE("prediction"),
        LAW("law or vote"), MONEY("money");

        private final String reason;

        Cue(String reason) {
            this.reason = reason;
        }

        String reason() {
            return reason;
        }

        String feature() {
            return "cue:" + name();
        }
    }

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
    private static final Pattern HEDGE = Pattern.compile("(?i)\\b(?:should|hope|hopes|wish|might|perhaps|probably"
            + "|maybe)\\b");
    private static final Pattern OPINION = Pattern.compile("(?i)\\b(?:I think|I believe|we believe|I feel"
            + "|in my opinion|I want|I'm going to|let me|I hope|we need to|we must|we have to)\\b");
    private static final Pattern FUTURE = Pattern.compile("(?i)\\b(?:will|going to|would|plan(?:s)? to)\\b");
    private static final Pattern LAW = Pattern.compile("(?i)\\b(?:voted?|votes|bill|law|legislation|passed|signed"
            + "|veto(?:ed)?|tax(?:es)?|budget|deficit|spending|cut)\\b");
    private static final Pattern MONEY = Pattern.compile("[$€£¥₽]\\s?\\d|(?i)\\b(?:dollars?|euros?|rubles?"
            + "|roubles?|billion|trillion)\\b");
    private static final Pattern CAPITALISED = Pattern.compile("(?<=\\s)\\p{Lu}\\p{Ll}+");
    private static final Pattern QUOTES = Pattern.compile("[\"“”«»]");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’][\\p{L}]+)?");
    private static final Set<String> NUMBER_WORDS = Set.of("one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten", "hundred", "thousand", "million", "billion", "trillion");

    EnumSet<Cue> cues(String text) {
        var cues = EnumSet.noneOf(Cue.class);
        add(cues, Cue.NUMBER, NUMBER.matcher(text).find());
        add(cues, Cue.STATISTIC, QUANTITY.matcher(text).find());
        add(cues, Cue.DATE, DATE.matcher(text).find());
        add(cues, Cue.EVENT, EVENT.matcher(text).find());
        add(cues, Cue.COMPARISON, COMPARISON.matcher(text).find());
        add(cues, Cue.SUPERLATIVE, SUPERLATIVE.matcher(text).find());
        add(cues, Cue.NAMED_ENTITY, CAPITALISED.matcher(text).find());
        add(cues, Cue.QUOTE_MARKS, QUOTES.matcher(text).find());
        add(cues, Cue.HEDGED, HEDGE.matcher(text).find());
        add(cues, Cue.QUESTION, text.stripTrailing().endsWith("?"));
        add(cues, Cue.SHORT, LineShape.words(text) < 5);
        add(cues, Cue.HEADING, !LineShape.endsLikeSentence(text) && !QUOTES.matcher(text).find());
        add(cues, Cue.OPINION, OPINION.matcher(text).find());
        add(cues, Cue.FUTURE, FUTURE.matcher(text).find());
        add(cues, Cue.LAW, LAW.matcher(text).find());
        add(cues, Cue.MONEY, MONEY.matcher(text).find());
        return cues;
    }

    /** Cues, words and adjacent word pairs, named as the model's weights are: "cue:DATE", "w:tax", "b:tax_cut". */
    List<String> features(String text, EnumSet<Cue> cues) {
        var features = new ArrayList<String>();
        cues.forEach(cue -> features.add(cue.feature()));
        var words = words(text);
        for (var i = 0; i < words.size(); i++) {
            features.add("w:" + words.get(i));
            if (i + 1 < words.size()) {
                features.add("b:" + words.get(i) + "_" + words.get(i + 1));
            }
        }
        return features;
    }

    /** Lower case, figures folded into "#" so that "3.2" and "45" teach the same thing, plural s dropped. */
    static List<String> words(String text) {
        var words = new ArrayList<String>();
        var matcher = WORD.matcher(text);
        while (matcher.find()) {
            var word = matcher.group().toLowerCase(Locale.ROOT).replace('’', '\'');
            if (Character.isDigit(word.charAt(0))) {
                words.add("#");
            } else if (NUMBER_WORDS.contains(word)) {
                words.add("#w");
            } else {
                words.add(word.length() > 3 && word.endsWith("s") && !word.endsWith("ss")
                        ? word.substring(0, word.length() - 1) : word);
            }
        }
        return words;
    }

    private static void add(EnumSet<Cue> cues, Cue cue, boolean present) {
        if (present) {
            cues.add(cue);
        }
    }
}
