package org.factdesk.analysis.compare;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * How numbers are written: digits with the separators of English, European, Swiss and Indian notation, scale words
 * and their abbreviations in English, German and French ("billion", "bn", "m", "k", "Mrd.", "Mio.", "milliards",
 * "crore"), and numbers in words. Stateless and thread-safe.
 */
final class Numerals {

    static final String SCALE = "thousand|million|billion|trillion|milliard|milliards|mln|mn|bn|tn|tsd\\.|mio\\.?|mrd\\.?"
            + "|millionen|million|milliarden|milliarde|lakhs?|crores?";
    static final Pattern NUMERAL = Pattern.compile("(?<![\\p{L}\\p{N}.,/:'\\-\\u2013])"
            + "(\\d{1,2}(?:,\\d{2})+,\\d{3}(?!\\d)"
            + "|\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?"
            + "|\\d{1,3}(?:[\\u00a0\\u202f\\u2009']\\d{3})+(?:[.,]\\d+)?"
            + "|\\d{1,3}(?:\\.\\d{3}){2,}(?:,\\d+)?"
            + "|\\d{1,3}\\.\\d{3},\\d+"
            + "|\\d{1,15}(?:[.,]\\d{1,6})?)"
            + "(?:(st|nd|rd|th)|(?:\\s?(" + SCALE + ")|(k|m|b))(?![\\p{L}]))?"
            + "(?![\\p{N}]|[.,]\\d)", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    static final Map<String, Integer> SMALL = Map.ofEntries(Map.entry("one", 1), Map.entry("two", 2),
            Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
            Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
            Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14),
            Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17),
            Map.entry("eighteen", 18), Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30),
            Map.entry("forty", 40), Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70),
            Map.entry("eighty", 80), Map.entry("ninety", 90));
    static final Map<String, Double> WORD_SCALES = Map.of("hundred", 1e2, "thousand", 1e3, "million", 1e6,
            "billion", 1e9, "trillion", 1e12);
    static final String NUMBER_WORD = "(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
            + "|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy"
            + "|eighty|ninety|hundred|thousand|million|billion|trillion|dozen)";
    static final Pattern WORDS = Pattern.compile("\\b(?:an?\\s+(?=(?:hundred|thousand|million|billion|dozen)\\b))?"
            + NUMBER_WORD + "(?:(?:\\s+|-)" + NUMBER_WORD + "|(?<=hundred|thousand|million|billion)\\s+and\\s+"
            + NUMBER_WORD + ")*\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    static final Pattern GERMAN_SCALE = Pattern.compile("^\\s?(?:mio|mrd|tsd|millionen|milliarden)",
            Pattern.CASE_INSENSITIVE);
    static final Pattern WORD = Pattern.compile("\\p{L}+");

    private Numerals() {
    }

    /**
     * {value, unit of the last written digit} of the digits as written, or null when they are no number. A comma
     * before one or two digits is a decimal comma ("52,4"); before three, a thousands separator ("61,214"); a dot
     * before three digits is a decimal point unless German scale words follow ("3.400 Mio.").
     */
    static double[] mantissa(String digits, String scaleWord) {
        var plain = digits.replaceAll("[\\u00a0\\u202f\\u2009']", "");
        String normal;
        if (plain.matches("\\d{1,3}(?:\\.\\d{3}){2,}(?:,\\d+)?|\\d{1,3}\\.\\d{3},\\d+")) {
            normal = plain.replace(".", "").replace(',', '.');
        } else if (plain.matches("\\d+,\\d{1,2}")) {
            normal = plain.replace(',', '.');
        } else if (plain.matches("\\d{1,3}\\.\\d{3}") && scaleWord != null && GERMAN_SCALE.matcher(scaleWord).lookingAt()) {
            normal = plain.replace(".", "");
        } else {
            normal = plain.replace(",", "");
        }
        if (!normal.matches("\\d+(?:\\.\\d+)?") || normal.length() > 18) {
            return null;
        }
        var dot = normal.indexOf('.');
        var decimals = dot < 0 ? 0 : normal.length() - dot - 1;
        return new double[] {Double.parseDouble(normal), Math.pow(10, -decimals)};
    }

    static double scale(String word) {
        if (word == null) {
            return 1;
        }
        var w = word.toLowerCase(Locale.ROOT).replace(".", "");
        return switch (w) {
            case "thousand", "k", "tsd" -> 1e3;
            case "lakh", "lakhs" -> 1e5;
            case "million", "mln", "mn", "m", "mio", "millionen" -> 1e6;
            case "crore", "crores" -> 1e7;
            case "billion", "bn", "b", "milliard", "milliards", "mrd", "milliarden", "milliarde" -> 1e9;
            case "trillion", "tn" -> 1e12;
            default -> 1;
        };
    }

    /** Whether any word of the text is a number word: most texts have none, and then the word figures are not sought. */
    static boolean hasNumberWord(String text) {
        var words = WORD.matcher(text);
        while (words.find()) {
            var word = words.group().toLowerCase(Locale.ROOT);
            if (SMALL.containsKey(word) || WORD_SCALES.containsKey(word) || word.equals("dozen")) {
                return true;
            }
        }
        return false;
    }

    /**
     * {value, what one step of its last word is worth} of a run of number words ("three hundred and twelve",
     * "eighty-five thousand", "a dozen"), or null when it is no figure: "one" alone is a pronoun as often as a
     * figure ("one of them").
     */
    static double[] spelled(String run) {
        var words = run.toLowerCase(Locale.ROOT).split("[\\s-]+");
        var total = 0.0;
        var current = 0.0;
        var unit = 1.0;
        var numbers = 0;
        for (var word : words) {
            if (word.equals("and") || word.equals("a") || word.equals("an")) {
                continue;
            }
            numbers++;
            if (SMALL.containsKey(word)) {
                current += SMALL.get(word);
                unit = 1;
            } else if (word.equals("dozen")) {
                current = (current == 0 ? 1 : current) * 12;
                unit = 1;
            } else if (word.equals("hundred")) {
                current = (current == 0 ? 1 : current) * 100;
                unit = 100;
            } else {
                var scale = WORD_SCALES.get(word);
                total += (current == 0 ? 1 : current) * scale;
                current = 0;
                unit = scale;
            }
        }
        var amount = total + current;
        if (amount == 0 || numbers == 1 && words[words.length - 1].equals("one")) {
            return null;
        }
        return new double[] {amount, unit};
    }
}
