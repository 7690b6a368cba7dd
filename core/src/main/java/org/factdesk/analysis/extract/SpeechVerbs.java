package org.factdesk.analysis.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Verbs that report speech. Participles ("adding that") take the sentence subject as their speaker. */
final class SpeechVerbs {

    private static final Set<String> FINITE = Set.of("said", "says", "say", "told", "tells", "tell", "stated",
            "states", "added", "adds", "noted", "notes", "emphasized", "emphasised", "emphasizes", "emphasises",
            "stressed", "stresses", "explained", "explains", "insisted", "insists", "argued", "argues", "claimed",
            "claims", "warned", "warns", "announced", "announces", "revealed", "reveals", "declared", "declares",
            "remarked", "replied", "replies", "responded", "wrote", "writes", "tweeted", "answered", "confirmed",
            "confirms", "denied", "denies", "admitted", "admits", "acknowledged", "suggested", "suggests",
            "expressed", "asserted", "maintained", "reiterated", "underlined", "underscored", "recalled", "assured",
            "urged", "predicted", "vowed", "pledged", "promised", "thinks", "believes");

    private static final Set<String> PARTICIPLES = Set.of("saying", "adding", "noting", "stressing", "telling",
            "explaining", "insisting", "warning", "claiming", "emphasizing", "emphasising", "arguing", "stating",
            "declaring", "announcing", "revealing", "recalling", "urging", "underlining");

    private static final Pattern WORD = Pattern.compile("(?:(?:was|were|is|has been)\\s+quoted\\s+as\\s+saying)"
            + "|\\b\\p{Ll}+\\b");

    /** A verb of speech found in a sentence; offsets are relative to the text searched. */
    record Verb(int start, int end, boolean participle) {
    }

    private SpeechVerbs() {
    }

    /** Every verb of speech in the text, in order; the caller blanks out quoted words first. */
    static List<Verb> in(String text) {
        var verbs = new ArrayList<Verb>();
        var matcher = WORD.matcher(text);
        while (matcher.find()) {
            var word = matcher.group();
            if (word.contains(" ") || FINITE.contains(word)) {
                verbs.add(new Verb(matcher.start(), matcher.end(), false));
            } else if (PARTICIPLES.contains(word)) {
                verbs.add(new Verb(matcher.start(), matcher.end(), true));
            }
        }
        return verbs;
    }

    static boolean isSpeechVerb(String lowerWord) {
        return FINITE.contains(lowerWord) || PARTICIPLES.contains(lowerWord);
    }

    /** The verb starting exactly at {@code offset}, if any. */
    static Verb at(List<Verb> verbs, int offset) {
        for (var verb : verbs) {
            if (verb.start() == offset) {
                return verb;
            }
        }
        return null;
    }
}
