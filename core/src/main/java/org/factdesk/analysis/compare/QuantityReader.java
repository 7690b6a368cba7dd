package org.factdesk.analysis.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the figures of a text as {@link Quantity quantities}, in the notations news copy uses: "61,214", "52.4",
 * European "52,4" and "1.234.567,5", "1 234" with a (narrow) no-break space, Swiss "1'234", Indian "12,00,000";
 * scale words and their abbreviations ("3.4 billion", "€4.2m", "£85k", "3,4 Mrd.", "1.2 crore"); figures in words
 * ("fifty-two", "three hundred and twelve", "eighty-five thousand", "a dozen"); currencies, percentages,
 * percentage points, durations and ordinals ("the 78th minute"). Not figures: years, clock times, days of a month,
 * numbers in names ("S&amp;P 500", "Line 8"), scores ("2-1") and ratios ("one in five"). Stateless and thread-safe;
 * the work is linear in the text.
 */
final class QuantityReader {

    /** A run of number words, or "a" before a scale word: "three hundred and twelve", "a dozen", "fifty-two". */
    private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d\\d");
    private static final Pattern PERCENT = Pattern.compile("^(?<sign>\\s?(?:%|per\\s?cent\\b|percent\\b|pc\\b|prozent\\b))"
            + "(?:\\s+(?:of\\s+(?:the\\s+)?)?([\\p{Ll}-]{3,}))?", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern POINTS = Pattern.compile("^\\s?percentage[\\s-]points?\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern DURATION = Pattern.compile("^(?:\\s|-)(seconds?|minutes?|hours?|days?|weeks?|months?"
            + "|years?|decades?)\\b(?!-old)", Pattern.CASE_INSENSITIVE);
    private static final Map<String, Double> DAYS = Map.of("second", 1 / 86400.0, "minute", 1 / 1440.0,
            "hour", 1 / 24.0, "day", 1.0, "week", 7.0, "month", 365.25 / 12, "year", 365.25, "decade", 3652.5);
    private static final Pattern NOUN_AFTER = Pattern.compile("^[\\s-]*([\\p{Ll}-]+)(?:\\s+([\\p{Ll}]{3,}))?");
    private static final Pattern PER = Pattern.compile("^\\s*(?:per|a|an|each)\\s+([\\p{Ll}]{3,})\\b");
    private static final Pattern CLOCK_AFTER = Pattern.compile("^\\s*(?:[ap]\\.m\\.|[ap]m\\b|[:.]\\d\\d\\s*[ap]\\.?m|:\\d\\d"
            + "|h\\d\\d|\\s*(?:o'clock|GMT|CET|CEST|BST|UTC|EEST|local time)\\b)", Pattern.CASE_INSENSITIVE);
    private static final String MONTH = "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?"
            + "|(?:Januar|Februar|März|Mai|Juni|Juli|Oktober|Dezember)";
    private static final Pattern MONTH_AFTER = Pattern.compile("^(?:st|nd|rd|th)?\\.?\\s+(?:of\\s+)?(?:" + MONTH + ")(?![\\p{L}])");
    private static final Pattern MONTH_BEFORE = Pattern.compile("\\b(?:" + MONTH + ")\\s+(?:the\\s+)?$");
    private static final Pattern NAME_BEFORE = Pattern.compile("(?:\\S*&\\S*|\\S*\\p{Ll}\\p{Lu}\\S*|\\b(?:No\\.?|number|Nr\\.?"
            + "|Line|line|Route|route|Article|article|Section|section|Flight|flight|Room|room|Platform|platform|Gate|gate"
            + "|Level|level|Stage|stage|Round|round|Chapter|chapter|Vol\\.|page|Page))\\s$");
    /** A capitalised word right before the figure, and what stands before that word (sentence end or not). */
    private static final Pattern CAPITALISED_BEFORE = Pattern.compile("(\\S)\\s+\\p{Lu}\\p{L}+\\s$");
    private static final Pattern RATIO = Pattern.compile("^\\s+(?:in|out of)\\s+(?:\\d+|" + Numerals.NUMBER_WORD + ")\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern RATIO_END = Pattern.compile("\\b(?:\\d+|" + Numerals.NUMBER_WORD + ")\\s+(?:in|out of)\\s+$");
    private static final Pattern SCORE = Pattern.compile("^\\s?[-\u2013:]\\s?\\d");
    private static final Pattern DECADE = Pattern.compile("^'?s\\b");
    private static final int CONTEXT = 40;
    private static final Pattern APPROXIMATION_WORDS = Pattern.compile("(?:about|around|some|approximately|approx\\.?"
            + "|roughly|an estimated|estimated|circa|ca\\.|c\\.|nearly|almost|close to|just under|just below|not quite"
            + "|just over|just above|slightly more than|a little over|more than|over|above|upwards of|in excess of"
            + "|exceeding|well over|at least|no fewer than|no less than|not less than|a minimum of|up to|at most"
            + "|no more than|not more than|a maximum of|as many as|as much as|fewer than|less than|under|below)\\s*$");

    private QuantityReader() {
    }

    static List<Quantity> read(String text) {
        return read(text, new Stems(text));
    }

    static List<Quantity> read(String text, Stems stems) {
        var quantities = new ArrayList<Quantity>();
        var taken = new boolean[text.length() + 1];
        var numerals = Numerals.NUMERAL.matcher(text);
        while (numerals.find()) {
            var quantity = numeral(text, numerals, stems);
            if (quantity != null) {
                quantities.add(quantity);
                mark(taken, numerals.start(), numerals.end());
            }
        }
        var words = Numerals.WORDS.matcher(text);
        var numberWords = Numerals.hasNumberWord(text);
        while (numberWords && words.find()) {
            if (!taken[words.start()]) {
                var quantity = words(text, words, stems);
                if (quantity != null) {
                    quantities.add(quantity);
                }
            }
        }
        quantities.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return quantities;
    }

    private static Quantity numeral(String text, Matcher m, Stems stems) {
        var digits = m.group(1);
        var before = text.substring(Math.max(0, m.start() - 30), m.start());
        var after = text.substring(m.end(), Math.min(text.length(), m.end() + 60));
        if (isNoFigure(digits, m.group(2) != null || m.group(3) != null || m.group(4) != null, before, after)) {
            return null;
        }
        var scaleWord = m.group(3) != null ? m.group(3) : m.group(4);
        var mantissa = Numerals.mantissa(digits, scaleWord);
        if (mantissa == null || isRatioEnd(before)) {
            return null;
        }
        var scale = Numerals.scale(scaleWord);
        var unit = mantissa[1] * scale;
        var amount = mantissa[0] * scale;
        if (m.group(2) != null) {
            return ordinal(text, m.start(), m.end(), digits + m.group(2), amount, after, stems);
        }
        return measured(text, m.start(), m.end(), amount, unit, scaleWord != null, YEAR.matcher(digits).matches(), stems);
    }

    private static Quantity words(String text, Matcher m, Stems stems) {
        var spelled = Numerals.spelled(m.group());
        if (spelled == null) {
            return null;
        }
        var amount = spelled[0];
        var unit = spelled[1];
        var after = text.substring(m.end(), Math.min(text.length(), m.end() + 60));
        if (RATIO.matcher(after).lookingAt()) {
            return null;
        }
        if (isRatioEnd(text.substring(Math.max(0, m.start() - 30), m.start()))) {
            return null;
        }
        return measured(text, m.start(), m.end(), amount, unit, unit > 1, false, stems);
    }

    /** A count, share, sum of money or duration, by what follows the figure and what stands before it. */
    private static Quantity measured(String text, int start, int end, double amount, double unit, boolean scaled,
                                     boolean yearLike, Stems stems) {
        var after = text.substring(end, Math.min(text.length(), end + 60));
        var writtenStart = start;
        var writtenEnd = end;
        Quantity.Kind kind = Quantity.Kind.COUNT;
        String code = null;
        var counted = new ArrayList<String>();
        var before = text.substring(Math.max(0, start - 12), start);
        var symbol = Currencies.symbolEnding(before);
        if (symbol != null) {
            code = Currencies.codeBefore(symbol);
            kind = Quantity.Kind.MONEY;
            writtenStart = start - (before.length() - before.lastIndexOf(symbol));
        }
        var tail = end;
        if (kind == Quantity.Kind.COUNT) {
            var points = POINTS.matcher(after);
            var percent = PERCENT.matcher(after);
            var duration = DURATION.matcher(after);
            var name = Currencies.NAME_AFTER.matcher(after);
            name.region(leadingSpace(after), after.length());
            if (points.lookingAt()) {
                kind = Quantity.Kind.POINTS;
                tail = end + points.end();
            } else if (percent.lookingAt()) {
                kind = Quantity.Kind.PERCENT;
                tail = end + percent.end("sign");
                if (percent.group(2) != null && !Terms.STOP_WORDS.contains(percent.group(2).toLowerCase(Locale.ROOT))) {
                    counted.add(Terms.normal(percent.group(2)));
                }
            } else if (name.lookingAt()) {
                code = Currencies.codeAfter(name.group());
                kind = Quantity.Kind.MONEY;
                tail = end + name.end();
            } else if (duration.lookingAt()) {
                kind = Quantity.Kind.DURATION;
                var word = duration.group(1).toLowerCase(Locale.ROOT).replaceFirst("s$", "");
                amount *= DAYS.get(word);
                unit *= DAYS.get(word);
                tail = end + duration.end();
            }
        }
        if (kind == Quantity.Kind.COUNT && yearLike && !scaled) {
            return null;
        }
        writtenEnd = tail;
        var rest = text.substring(tail, Math.min(text.length(), tail + 60));
        String per = null;
        if (kind == Quantity.Kind.COUNT) {
            counted.addAll(nouns(rest));
        } else {
            var rate = PER.matcher(rest);
            if (rate.lookingAt() && !Terms.STOP_WORDS.contains(rate.group(1))) {
                per = Terms.normal(rate.group(1));
            }
        }
        var approximation = Approximation.before(text.substring(Math.max(0, writtenStart - 30), writtenStart));
        var approximationWords = approximation == Approximation.EXACT ? null
                : approximationStart(text, writtenStart);
        approximation = Approximation.after(rest, approximation);
        if (approximation == Approximation.EXACT && kind == Quantity.Kind.COUNT) {
            approximation = Approximation.after(NOUN_AFTER.matcher(rest).replaceFirst(""), approximation);
        }
        var range = approximation.range(amount, unit);
        var shownFrom = approximationWords == null ? writtenStart : approximationWords;
        var written = text.substring(shownFrom, writtenEnd).strip();
        return new Quantity(written, shownFrom, kind, amount, range[0], range[1], code, counted,
                stems.around(writtenStart, writtenEnd, CONTEXT), approximation, per);
    }

    private static Quantity ordinal(String text, int start, int end, String written, double amount, String after,
                                    Stems stems) {
        var nouns = nouns(after);
        var unit = nouns.isEmpty() ? null : nouns.get(0);
        var range = Approximation.EXACT.range(amount, 1);
        return new Quantity(written, start, Quantity.Kind.ORDINAL, amount, range[0], range[1], unit, nouns,
                stems.around(start, end, CONTEXT), Approximation.EXACT, null);
    }

    /** Where the approximation words before the figure begin, so that the desk sees "more than a dozen". */
    private static Integer approximationStart(String text, int writtenStart) {
        var from = Math.max(0, writtenStart - 30);
        var window = text.substring(from, writtenStart).toLowerCase(Locale.ROOT);
        var matcher = APPROXIMATION_WORDS.matcher(window);
        return matcher.find() ? from + matcher.start() : null;
    }

    private static int leadingSpace(String after) {
        return !after.isEmpty() && Character.isWhitespace(after.charAt(0)) ? 1 : 0;
    }

    /** The first word after the figure and, when another follows it, that one too: "312 passengers", "2,500 Russian troops". */
    private static List<String> nouns(String rest) {
        var nouns = new ArrayList<String>();
        var after = NOUN_AFTER.matcher(rest);
        if (after.find()) {
            for (var group = 1; group <= 2; group++) {
                var word = after.group(group);
                if (word != null && word.replace("-", "").length() >= 3 && !Terms.STOP_WORDS.contains(word)) {
                    nouns.add(Terms.normal(word.replaceAll("^-+|-+$", "")));
                }
            }
        }
        return nouns;
    }

    /**
     * A number that tells the time ("10 a.m."), the day of a month ("Dec. 6", "6 December"), a decade ("the
     * 1970s"), a score ("2-1"), part of a ratio ("1 in 5") or belongs to a name ("S&amp;P 500", "Line 8") counts
     * nothing.
     */
    private static boolean isNoFigure(String digits, boolean marked, String before, String after) {
        if (CLOCK_AFTER.matcher(after).lookingAt() || MONTH_AFTER.matcher(after).lookingAt()
                || MONTH_BEFORE.matcher(before).find() || NAME_BEFORE.matcher(before).find()
                || DECADE.matcher(after).lookingAt() || RATIO.matcher(after).lookingAt()) {
            return true;
        }
        if (!marked && SCORE.matcher(after).lookingAt()) {
            return true;
        }
        // a bare number right after a name is part of it ("Boeing 737"), unless it is a share or a sum
        var name = CAPITALISED_BEFORE.matcher(before);
        return !marked && name.find() && ".!?:;\"“‘(".indexOf(name.group(1).charAt(0)) < 0
                && !PERCENT.matcher(after).lookingAt()
                && !Currencies.NAME_AFTER.matcher(after.stripLeading()).lookingAt() && !digits.contains(",");
    }

    /** The second figure of "one in five", "1 out of 3". */
    private static boolean isRatioEnd(String before) {
        return RATIO_END.matcher(before.toLowerCase(Locale.ROOT)).find();
    }

    private static void mark(boolean[] taken, int from, int to) {
        for (var i = from; i < to && i < taken.length; i++) {
            taken[i] = true;
        }
    }
}
