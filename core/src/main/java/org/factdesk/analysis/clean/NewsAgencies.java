package org.factdesk.analysis.clean;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Wire services a story may cite as its source. Names are matched case-sensitively, so that "AP" and "dpa" are not
 * found inside ordinary words; the map gives each spelling its usual short name.
 */
public final class NewsAgencies {

    private static final Map<String, String> SPELLINGS = Map.ofEntries(
            Map.entry("Sputnik", "Sputnik"), Map.entry("RIA Novosti", "RIA"), Map.entry("RIA", "RIA"),
            Map.entry("ITAR-TASS", "Tass"), Map.entry("TASS", "Tass"), Map.entry("Tass", "Tass"),
            Map.entry("Interfax", "Interfax"), Map.entry("AFP", "AFP"), Map.entry("Agence France-Presse", "AFP"),
            Map.entry("Agence France Presse", "AFP"), Map.entry("Reuters", "Reuters"), Map.entry("AP", "AP"),
            Map.entry("Associated Press", "AP"), Map.entry("Xinhua", "Xinhua"), Map.entry("Yonhap", "Yonhap"),
            Map.entry("KCNA", "KCNA"), Map.entry("Kyodo", "Kyodo"), Map.entry("Jiji", "Jiji"), Map.entry("dpa", "dpa"),
            Map.entry("DPA", "dpa"), Map.entry("EFE", "EFE"), Map.entry("ANSA", "ANSA"), Map.entry("Anadolu", "Anadolu"),
            Map.entry("PTI", "PTI"), Map.entry("Press Trust of India", "PTI"), Map.entry("ANI", "ANI"),
            Map.entry("IANS", "IANS"), Map.entry("Bernama", "Bernama"), Map.entry("Antara", "Antara"),
            Map.entry("AAP", "AAP"), Map.entry("Ukrinform", "Ukrinform"), Map.entry("UNIAN", "UNIAN"),
            Map.entry("IRNA", "IRNA"), Map.entry("WAFA", "WAFA"), Map.entry("MENA", "MENA"), Map.entry("PAP", "PAP"),
            Map.entry("UPI", "UPI"), Map.entry("KUNA", "KUNA"), Map.entry("Prensa Latina", "Prensa Latina"),
            Map.entry("Canadian Press", "Canadian Press"), Map.entry("Press Association", "PA"),
            Map.entry("Bloomberg", "Bloomberg"), Map.entry("BSS", "BSS"), Map.entry("Belta", "BelTA"),
            Map.entry("BelTA", "BelTA"), Map.entry("Kazinform", "Kazinform"), Map.entry("Lusa", "Lusa"),
            Map.entry("Agenzia Nova", "Agenzia Nova"), Map.entry("Europa Press", "Europa Press"));

    /** Every spelling starts with a capital or with "dpa"; the look-ahead lets most positions fail at once. */
    private static final Pattern NAME = Pattern.compile("(?=[\\p{Lu}d])(?<![\\p{L}\\p{N}-])(?:" + SPELLINGS.keySet()
            .stream()
            .sorted(Comparator.comparingInt(String::length).reversed())
            .map(Pattern::quote)
            .collect(Collectors.joining("|")) + ")(?![\\p{L}\\p{N}-])");

    /** A photo credit ends with the agency or pool that shot it: "Jane Doe / POOL / AFP". */
    private static final Pattern CREDIT_AT_END = Pattern.compile("/\\s*(?:POOL|Pool|Getty Images|" + NAME.pattern()
            + ")\\s*$");

    private NewsAgencies() {
    }

    /** Agencies named in the text, by short name, in order of first mention. */
    static List<String> findIn(String text) {
        var found = new LinkedHashSet<String>();
        var matcher = NAME.matcher(text);
        while (matcher.find()) {
            found.add(SPELLINGS.get(matcher.group()));
        }
        return new ArrayList<>(found);
    }

    /** The first agency named in the text, as written there, or null. */
    public static String firstNameIn(String text) {
        var matcher = NAME.matcher(text);
        return matcher.find() ? matcher.group() : null;
    }

    /** The usual short name of an agency spelled as given ("Agence France-Presse" is AFP), or null if unknown. */
    static String shortName(String spelling) {
        return SPELLINGS.get(spelling);
    }

    public static boolean isAgency(String name) {
        return SPELLINGS.containsKey(name);
    }

    static boolean endsWithPhotoCredit(String line) {
        return CREDIT_AT_END.matcher(line).find();
    }
}
