package org.factdesk.analysis.extract;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a statement looks like to a fact-checker's eye, as learnable features that hold across genres (debate
 * transcripts, posts, news copy): named cues (a figure, a date, a comparison, a hedge...), the statement's words
 * (lower case, inflections dropped, so that "tested" and "tests" teach each other) and adjacent word pairs, with
 * handles, hashtags, links and figures folded into classes so that no one account or number is learned. Each
 * feature belongs to one {@link Unit} a reader recognises (a cue, a word, a pair of words), which is how a score
 * is explained. Stateless and thread-safe.
 */
final class WorthinessCues {

    /** A cue; its message key is given by {@link CheckWorthiness}. */
    enum Cue {
        NUMBER, STATISTIC, DATE, EVENT, COMPARISON, SUPERLATIVE, NAMED_ENTITY, QUOTE_MARKS, HEDGED, QUESTION, SHORT,
        HEADING, OPINION, FUTURE, LAW, MONEY, TAGS_ONLY, EXCLAMATION;

        String feature() {
            return "cue:" + name();
        }
    }

    /** What a unit of explanation is: a cue, one word, two adjacent words, or a token class. */
    enum Kind {
        CUE, WORD, PAIR, MENTION, HASHTAG, LINK
    }

    /**
     * Features that are explained together.
     *
     * @param shown    what the reader is shown: the cue's matched words, the word as written, "@…", "#…"
     * @param features the model's feature names this unit adds to the log-odds
     */
    record Unit(Kind kind, Cue cue, String shown, List<String> features) {
    }

    /** The statement as features, grouped into units; {@link #names()} is what the model sums. */
    record Features(Map<Cue, String> cues, List<Unit> units) {

        List<String> names() {
            var names = new ArrayList<String>();
            units.forEach(unit -> names.addAll(unit.features()));
            return names;
        }

        boolean has(Cue cue) {
            return cues.containsKey(cue);
        }
    }

    /** Longer statements are tables or text run together; their first tokens say all a score can use. */
    static final int MAX_TOKENS = 200;
    private static final int MAX_SHOWN = 40;

    private static final Pattern NUMBER = Pattern.compile("(?<![\\p{L}\\-])\\d[\\d,.]*(?:st|nd|rd|th)?(?![\\p{L}\\d])"
            + "|(?i)\\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty"
            + "|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|millions?|billions?|trillions?|dozens?"
            + "|half|twice|double|triple)\\b");
    private static final Pattern QUANTITY = Pattern.compile("\\d\\s?%|(?i)\\bper ?cent\\b|[$€£¥₽]\\s?\\d"
            + "|(?i)\\b\\d[\\d,.]*\\s?(?:million|billion|trillion|km|kilometres|kilometers|miles|tons|tonnes"
            + "|dollars|euros|rubles|roubles|yuan|pounds|people|troops|soldiers|deaths|cases|injured|killed)\\b");
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
    private static final Pattern EXCLAMATION = Pattern.compile("!");
    private static final Pattern TRAILING = Pattern.compile("[.,]+$");
    private static final Pattern TOKEN = Pattern.compile("(?<link>(?:https?://|www\\.|pic\\.twitter\\.com/)\\S+)"
            + "|(?<mention>@\\w+)|(?<hashtag>#[\\p{L}\\p{N}_]+)"
            + "|(?<number>[$€£¥₽]?\\d+(?:[.,:/]\\d+)*%?)"
            + "|(?<word>\\p{L}[\\p{L}\\p{M}\\p{N}]*(?:['’]\\p{L}+)*)");
    /** A hashtag's words: "#StayHome" reads "stay home". */
    private static final Pattern CAMEL = Pattern.compile("\\p{Lu}?\\p{Ll}+|\\p{Lu}+(?!\\p{Ll})|\\p{N}+");
    private static final Set<String> NUMBER_WORDS = Set.of("one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten", "hundred", "thousand", "million", "billion", "trillion");
    private static final Map<Cue, Pattern> PATTERNS = patterns();

    private static Map<Cue, Pattern> patterns() {
        var patterns = new EnumMap<Cue, Pattern>(Cue.class);
        patterns.put(Cue.NUMBER, NUMBER);
        patterns.put(Cue.STATISTIC, QUANTITY);
        patterns.put(Cue.DATE, DATE);
        patterns.put(Cue.EVENT, EVENT);
        patterns.put(Cue.COMPARISON, COMPARISON);
        patterns.put(Cue.SUPERLATIVE, SUPERLATIVE);
        patterns.put(Cue.NAMED_ENTITY, CAPITALISED);
        patterns.put(Cue.QUOTE_MARKS, QUOTES);
        patterns.put(Cue.HEDGED, HEDGE);
        patterns.put(Cue.OPINION, OPINION);
        patterns.put(Cue.FUTURE, FUTURE);
        patterns.put(Cue.LAW, LAW);
        patterns.put(Cue.MONEY, MONEY);
        patterns.put(Cue.EXCLAMATION, EXCLAMATION);
        return patterns;
    }

    /** One token of the statement: its class, the form the model learns and the form the reader sees. */
    record Token(Kind kind, String normal, String shown) {
    }

    Features features(String statement) {
        var text = statement.length() > MAX_TOKENS * 20 ? statement.substring(0, MAX_TOKENS * 20) : statement;
        var tokens = tokens(text);
        var cues = cues(text, tokens);
        var units = new ArrayList<Unit>();
        cues.forEach((cue, shown) -> units.add(new Unit(Kind.CUE, cue, shown, List.of(cue.feature()))));
        for (var i = 0; i < tokens.size(); i++) {
            var token = tokens.get(i);
            var features = new ArrayList<String>();
            features.add("w:" + token.normal());
            if (token.kind() == Kind.HASHTAG) {
                for (var word : hashtagWords(token.shown())) {
                    features.add("w:" + word);
                }
            }
            units.add(new Unit(token.kind(), null, token.shown(), List.copyOf(features)));
            if (i + 1 < tokens.size()) {
                var next = tokens.get(i + 1);
                units.add(new Unit(Kind.PAIR, null, token.shown() + " " + next.shown(),
                        List.of("b:" + token.normal() + "_" + next.normal())));
            }
        }
        return new Features(cues, List.copyOf(units));
    }

    /** The statement's tokens, at most {@link #MAX_TOKENS}: handles, hashtags, links and figures as classes. */
    static List<Token> tokens(String text) {
        var tokens = new ArrayList<Token>();
        var matcher = TOKEN.matcher(text);
        while (matcher.find() && tokens.size() < MAX_TOKENS) {
            var shown = matcher.group();
            if (matcher.group("link") != null) {
                tokens.add(new Token(Kind.LINK, "<link>", shorten(shown)));
            } else if (matcher.group("mention") != null) {
                tokens.add(new Token(Kind.MENTION, "<mention>", shorten(shown)));
            } else if (matcher.group("hashtag") != null) {
                tokens.add(new Token(Kind.HASHTAG, "<hashtag>", shorten(shown)));
            } else if (matcher.group("number") != null) {
                tokens.add(new Token(Kind.WORD, numberClass(shown), shorten(shown)));
            } else {
                tokens.add(new Token(Kind.WORD, normalWord(shown), shorten(shown)));
            }
        }
        return tokens;
    }

    /** Figures teach as classes: "45", "3.2" and "1,000" are one thing, a share and a sum of money two others. */
    private static String numberClass(String number) {
        if (number.endsWith("%")) {
            return "#%";
        }
        return Character.isDigit(number.charAt(0)) ? "#" : "$#";
    }

    /** Lower case, number words folded into one class, a plural s and common inflections dropped. */
    static String normalWord(String word) {
        var lower = word.toLowerCase(Locale.ROOT).replace('’', '\'');
        if (NUMBER_WORDS.contains(lower)) {
            return "#w";
        }
        var singular = lower.length() > 3 && lower.endsWith("s") && !lower.endsWith("ss")
                ? lower.substring(0, lower.length() - 1) : lower;
        return stem(singular);
    }

    /** Inflections that carry no worth of their own: "tested", "testing" and "test" are one word. */
    private static String stem(String word) {
        if (word.length() > 5 && word.endsWith("ing")) {
            return undouble(word.substring(0, word.length() - 3));
        }
        if (word.length() > 4 && word.endsWith("ed") && !word.endsWith("eed")) {
            return undouble(word.substring(0, word.length() - (word.endsWith("ied") ? 3 : 2)));
        }
        if (word.length() > 5 && word.endsWith("ly")) {
            return word.substring(0, word.length() - 2);
        }
        if (word.length() > 3 && word.endsWith("e")) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }

    private static String undouble(String stem) {
        var n = stem.length();
        if (n > 2 && stem.charAt(n - 1) == stem.charAt(n - 2) && "lsz".indexOf(stem.charAt(n - 1)) < 0) {
            return stem.substring(0, n - 1);
        }
        return stem.endsWith("e") ? stem.substring(0, n - 1) : stem;
    }

    private static List<String> hashtagWords(String hashtag) {
        var words = new ArrayList<String>();
        var matcher = CAMEL.matcher(hashtag.substring(1));
        while (matcher.find()) {
            var word = matcher.group();
            words.add(Character.isDigit(word.charAt(0)) ? "#" : normalWord(word));
        }
        return words;
    }

    private static Map<Cue, String> cues(String text, List<Token> tokens) {
        var cues = new LinkedHashMap<Cue, String>();
        PATTERNS.forEach((cue, pattern) -> {
            Matcher matcher = pattern.matcher(text);
            if (matcher.find()) {
                cues.put(cue, cue == Cue.QUOTE_MARKS || cue == Cue.EXCLAMATION ? ""
                        : shorten(TRAILING.matcher(matcher.group()).replaceAll("")));
            }
        });
        var stripped = text.strip();
        if (stripped.endsWith("?")) {
            cues.put(Cue.QUESTION, "");
        }
        var words = tokens.stream().filter(t -> t.kind() == Kind.WORD).count();
        if (words < 5) {
            cues.put(Cue.SHORT, "");
        }
        if (!stripped.isEmpty() && !endsLikeSentence(stripped) && !cues.containsKey(Cue.QUOTE_MARKS)) {
            cues.put(Cue.HEADING, "");
        }
        if (words < 3 && tokens.size() > words) {
            cues.put(Cue.TAGS_ONLY, "");
        }
        return cues;
    }

    /** Ends with a full stop, question or exclamation mark, possibly followed by closing quotes or brackets. */
    private static boolean endsLikeSentence(String text) {
        for (var i = text.length() - 1; i >= 0; i--) {
            var c = text.charAt(i);
            if (c == '.' || c == '!' || c == '?' || c == '…') {
                return true;
            }
            if ("\"'”’»)]".indexOf(c) < 0) {
                return false;
            }
        }
        return false;
    }

    private static String shorten(String shown) {
        return shown.length() <= MAX_SHOWN ? shown : shown.substring(0, MAX_SHOWN - 1) + "…";
    }
}
