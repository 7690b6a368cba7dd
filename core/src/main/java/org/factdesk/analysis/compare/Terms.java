package org.factdesk.analysis.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The words two claims are compared on: lower case, stop words and verbs of attribution dropped (who reported a
 * statement is not what it says), English suffixes stripped so that "inviting" and "invitation" meet, and a few
 * news synonyms folded ("talks", "met" and "meeting" are one event). Stateless and thread-safe.
 */
public final class Terms {

    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+(?:[.,][\\p{N}]+)*");
    private static final Pattern LINK = Pattern.compile("https?://\\S+|pic\\.twitter\\.com/\\S+");
    private static final Pattern TAG = Pattern.compile("[@#](\\w+)");
    /** Where the words of a handle or hashtag meet: "JeffreyEpstein", "BBCJamesCook", "WW3", "tera_lover". */
    private static final Pattern JOINT = Pattern.compile("(?<=\\p{Ll})(?=\\p{Lu})|(?<=\\p{Lu})(?=\\p{Lu}\\p{Ll})"
            + "|(?<=\\p{L})(?=\\p{N})|(?<=\\p{N})(?=\\p{L})|_");
    static final Set<String> STOP_WORDS = Set.of("a", "an", "the", "and", "or", "but", "if", "of", "to", "in", "on",
            "at", "by", "for", "with", "from", "as", "into", "about", "than", "that", "this", "these", "those", "it",
            "its", "is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had", "do", "does", "did",
            "will", "would", "shall", "should", "can", "could", "may", "might", "must", "not", "no", "so", "such",
            "there", "here", "what", "which", "who", "whom", "whose", "when", "where", "why", "how", "all", "any",
            "both", "each", "few", "more", "most", "other", "some", "own", "same", "too", "very", "just", "also",
            "then", "now", "he", "she", "they", "we", "you", "i", "me", "him", "her", "them", "us", "my", "our",
            "your", "his", "their", "mine", "ours", "yours", "theirs", "s", "t", "rt", "amp", "via", "said", "says",
            "say", "told", "tell", "tells", "stated", "states", "noted", "added", "adding", "reported", "reports",
            "according", "quoted", "saying", "claimed", "claims", "while", "during", "after", "before", "over",
            "under", "again", "further", "once", "only", "because", "until", "up", "down", "out", "off", "even",
            "still", "yet", "however", "moreover", "meanwhile", "earlier", "later", "course", "around", "nearly",
            "almost", "approximately", "roughly", "least");
    private static final Map<String, String> SYNONYMS = Map.ofEntries(
            Map.entry("met", "meet"), Map.entry("talk", "meet"), Map.entry("summit", "meet"),
            Map.entry("ruler", "leader"), Map.entry("trip", "visit"), Map.entry("travel", "visit"),
            Map.entry("travell", "visit"), Map.entry("spaceport", "cosmodrom"), Map.entry("percent", "%"),
            Map.entry("per", "%"), Map.entry("kill", "death"), Map.entry("dead", "death"), Map.entry("die", "death"),
            // who is counted and what happened to them, as outlets word the same report differently
            Map.entry("resident", "peopl"), Map.entry("civilian", "peopl"), Map.entry("inhabitant", "peopl"),
            Map.entry("person", "peopl"), Map.entry("evacuat", "evacu"), Map.entry("evacue", "evacu"),
            Map.entry("fle", "evacu"), Map.entry("fled", "evacu"), Map.entry("wound", "injur"),
            Map.entry("hurt", "injur"), Map.entry("detain", "arrest"), Map.entry("leav", "evacu"),
            Map.entry("died", "death"), Map.entry("demonstrator", "protester"));

    private static final String[] SUFFIXES = {"ations", "ation", "ing", "ed", "ly", "ment"};

    /**
     * What happened to the people a report counts, or what a figure measures: two claims about different ones
     * ("12 died", "3,200 evacuated"; "profit rose 8%", "revenue rose 12%") are different statements.
     */
    static final Set<String> OUTCOMES = Stream.of("killed", "injured", "evacuated", "arrested", "rescued",
            "missing", "displaced", "revenue", "profit", "sales", "loss", "debt", "inflation", "unemployment",
            "turnout").map(Terms::normal).collect(Collectors.toUnmodifiableSet());

    private Terms() {
    }

    /** The stems of the text's content words, in text order, repeats kept. */
    public static List<String> of(String text) {
        return of(text, true);
    }

    /** Only words written in lower case (and figures): what a claim says, without whom and where it names. */
    public static List<String> common(String text) {
        return of(text, false);
    }

    /** A figure ("3,200", "2019") rather than a word. */
    static boolean isFigure(String term) {
        return Character.isDigit(term.charAt(0));
    }

    /** The word's stem as matching compares it, synonyms folded ("residents" and "people" alike). */
    static String normal(String word) {
        var stem = stem(word.toLowerCase(Locale.ROOT));
        return SYNONYMS.getOrDefault(stem, stem);
    }

    private static List<String> of(String text, boolean names) {
        var terms = new ArrayList<String>();
        var clean = withTagsSplit(LINK.matcher(text.replace('’', '\'')).replaceAll(" "));
        var matcher = TOKEN.matcher(clean);
        while (matcher.find()) {
            var word = matcher.group().toLowerCase(Locale.ROOT);
            if (STOP_WORDS.contains(word) || !names && isName(clean, matcher.start())) {
                continue;
            }
            var stem = stem(word);
            if (!stem.isEmpty() && !STOP_WORDS.contains(stem)) {
                terms.add(SYNONYMS.getOrDefault(stem, stem));
            }
        }
        return terms;
    }

    /** A handle or hashtag stays one word, followed by its words when it runs several together ("#MeToo"). */
    private static String withTagsSplit(String text) {
        if (text.indexOf('@') < 0 && text.indexOf('#') < 0) {
            return text;
        }
        var tags = TAG.matcher(text);
        var result = new StringBuilder();
        while (tags.find()) {
            var tag = tags.group(1);
            var words = JOINT.matcher(tag).replaceAll(" ").strip();
            tags.appendReplacement(result, "");
            result.append(' ').append(tag);
            if (words.indexOf(' ') > 0) {
                result.append(' ').append(words);
            }
        }
        return tags.appendTail(result).toString();
    }

    /** Capitalised other than where a sentence or quote opens. */
    private static boolean isName(String text, int start) {
        if (!Character.isUpperCase(text.charAt(start))) {
            return false;
        }
        var i = start - 1;
        while (i >= 0 && text.charAt(i) == ' ') {
            i--;
        }
        return i >= 0 && ".!?\"“‘'([\n".indexOf(text.charAt(i)) < 0;
    }

    /** A light English stemmer: consistent rather than correct, which is all that matching needs. */
    public static String stem(String word) {
        if (word.length() <= 3 || Character.isDigit(word.charAt(0))) {
            return word;
        }
        var w = word;
        if (w.endsWith("ies") && w.length() > 4) {
            w = w.substring(0, w.length() - 3) + "y";
        } else if (w.endsWith("sses")) {
            w = w.substring(0, w.length() - 2);
        } else if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
            w = w.substring(0, w.length() - 1);
        }
        for (var suffix : SUFFIXES) {
            if (w.endsWith(suffix) && w.length() - suffix.length() >= 3) {
                w = w.substring(0, w.length() - suffix.length());
                break;
            }
        }
        if (w.endsWith("e") && w.length() > 3) {
            w = w.substring(0, w.length() - 1);
        }
        var n = w.length();
        if (n > 3 && w.charAt(n - 1) == w.charAt(n - 2) && "bdfgmnprt".indexOf(w.charAt(n - 1)) >= 0) {
            w = w.substring(0, n - 1);
        }
        return w;
    }
}
