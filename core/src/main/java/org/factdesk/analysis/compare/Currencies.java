package org.factdesk.analysis.compare;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Currencies as news copy writes them: symbols before the amount ("€3.4bn", "US$12m", "zł"), codes ("EUR 3,400
 * million") and names after it ("3.4 billion euros", "85,000 pounds", "48 million zloty"), each read as its ISO
 * code.
 * <p>
 * Two outlets often give one amount in two currencies ("3.4 billion euros ($3.7 billion)"). Whether such a pair is a
 * conversion or a disagreement is decided at a reference rate per currency (euros per unit, roughly the rates of
 * 2023 to 2025) with a wide band of {@value #RATE_BAND}× either way: rates move over the years a desk keeps
 * articles, and outlets convert at the day's rate or round it, but a figure off by half is a different figure.
 * Currencies without a reference rate are never compared with one another.
 */
final class Currencies {

    /** How far the ratio of two converted amounts may stray from the reference rate, as a factor either way. */
    static final double RATE_BAND = 1.35;

    private static final Map<String, Double> EUROS_PER_UNIT = Map.ofEntries(Map.entry("EUR", 1.0),
            Map.entry("USD", 0.92), Map.entry("GBP", 1.17), Map.entry("CHF", 1.05), Map.entry("PLN", 0.23),
            Map.entry("JPY", 0.0062), Map.entry("CNY", 0.128), Map.entry("INR", 0.011), Map.entry("SEK", 0.087),
            Map.entry("DKK", 0.134), Map.entry("NOK", 0.086), Map.entry("CZK", 0.040), Map.entry("HUF", 0.0025),
            Map.entry("CAD", 0.67), Map.entry("AUD", 0.61), Map.entry("HKD", 0.118), Map.entry("BRL", 0.17),
            Map.entry("TRY", 0.028), Map.entry("RUB", 0.010), Map.entry("ZAR", 0.05), Map.entry("MXN", 0.05));

    /** Written before the amount, longest first so that "US$" wins over "$". */
    private static final Map<String, String> BEFORE = new LinkedHashMap<>();
    /** Written after the amount (and its scale word), in lower case. */
    private static final Map<String, String> AFTER = new LinkedHashMap<>();

    static {
        for (var code : EUROS_PER_UNIT.keySet()) {
            BEFORE.put(code, code);
            AFTER.put(code.toLowerCase(Locale.ROOT), code);
        }
        put(BEFORE, "USD", "US$", "U.S.$", "$");
        put(BEFORE, "CAD", "C$", "CA$");
        put(BEFORE, "AUD", "A$", "AU$");
        put(BEFORE, "HKD", "HK$");
        put(BEFORE, "BRL", "R$");
        put(BEFORE, "EUR", "€");
        put(BEFORE, "GBP", "£");
        put(BEFORE, "JPY", "¥");
        put(BEFORE, "INR", "₹", "Rs.", "Rs");
        put(BEFORE, "RUB", "₽");
        put(BEFORE, "TRY", "₺");
        put(BEFORE, "CHF", "Fr.", "SFr.");
        put(AFTER, "EUR", "euros", "euro", "€");
        put(AFTER, "USD", "us dollars", "u.s. dollars", "dollars", "dollar", "$");
        put(AFTER, "CAD", "canadian dollars");
        put(AFTER, "AUD", "australian dollars");
        put(AFTER, "HKD", "hong kong dollars");
        put(AFTER, "GBP", "pounds sterling", "pounds", "pound", "sterling", "£");
        put(AFTER, "PLN", "zlotys", "zloty", "złotys", "złoty", "zł");
        put(AFTER, "CHF", "swiss francs", "francs", "franc");
        put(AFTER, "JPY", "yen");
        put(AFTER, "CNY", "yuan", "renminbi");
        put(AFTER, "INR", "rupees", "rupee");
        put(AFTER, "SEK", "swedish kronor", "kronor", "krona");
        put(AFTER, "DKK", "danish kroner");
        put(AFTER, "NOK", "norwegian kroner", "kroner", "krone");
        put(AFTER, "CZK", "koruna", "korunas");
        put(AFTER, "HUF", "forints", "forint");
        put(AFTER, "TRY", "lira", "liras");
        put(AFTER, "RUB", "roubles", "rouble", "rubles", "ruble");
        put(AFTER, "BRL", "reais");
        put(AFTER, "ZAR", "rand");
        put(AFTER, "MXN", "pesos", "peso");
    }

    static final Pattern NAME_AFTER = alternatives(AFTER, true);

    private Currencies() {
    }

    private static void put(Map<String, String> map, String code, String... spellings) {
        for (var spelling : spellings) {
            map.put(spelling, code);
        }
    }

    /** One pattern over every spelling, longest first, ending where a word ends. */
    private static Pattern alternatives(Map<String, String> spellings, boolean caseless) {
        var sorted = spellings.keySet().stream().sorted((a, b) -> b.length() - a.length())
                .map(Pattern::quote).toList();
        return Pattern.compile("(?:" + String.join("|", sorted) + ")(?![\\p{L}])",
                caseless ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE : 0);
    }

    /** The symbol or code that ends the text (before at most one space), or null: "paid €", "for EUR ". */
    static String symbolEnding(String text) {
        var trimmed = text.endsWith(" ") || text.endsWith("\u00a0") ? text.substring(0, text.length() - 1) : text;
        String longest = null;
        for (var symbol : BEFORE.keySet()) {
            if (trimmed.endsWith(symbol) && (longest == null || symbol.length() > longest.length())) {
                var at = trimmed.length() - symbol.length();
                // a code or a letter symbol must stand as a word of its own: "CHF", not the end of "Schaffhausen"
                if (!Character.isLetter(symbol.charAt(0)) || at == 0 || !Character.isLetterOrDigit(trimmed.charAt(at - 1))) {
                    longest = symbol;
                }
            }
        }
        return longest;
    }

    static String codeBefore(String written) {
        return BEFORE.get(written);
    }

    static String codeAfter(String written) {
        return AFTER.get(written.toLowerCase(Locale.ROOT));
    }

    /** Euros per unit of the currency, or NaN when Factdesk has no reference rate for it. */
    static double eurosPerUnit(String code) {
        return EUROS_PER_UNIT.getOrDefault(code, Double.NaN);
    }
}
