package org.factdesk.analysis.extract;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tells a statement from a fragment. "They have time" or "he said" asserts nothing a desk could check; a
 * statement carries enough words of its own (nouns, verbs, figures: anything but the closed classes of English
 * grammar and the verbs of speech). The minimum was calibrated on the ClaimBuster training sentences
 * ({@code CalibrateStatements}): the largest count that cuts at most 1% of the check-worthy ones.
 */
final class Statements {

    /** Calibrated on ClaimBuster's two-class training split; see the class comment. */
    static final int MIN_CONTENT_WORDS = 2;

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}’'%.,-]*");
    private static final Pattern TRAILING_MARKS = Pattern.compile("[’'.,-]+$");

    /** Pronouns, determiners, auxiliaries, modals, prepositions, conjunctions and particles. */
    private static final Set<String> CLOSED = Set.of("i", "me", "my", "mine", "we", "us", "our", "ours", "you",
            "your", "yours", "he", "him", "his", "she", "her", "hers", "it", "its", "they", "them", "their", "theirs",
            "this", "that", "these", "those", "who", "whom", "whose", "which", "what", "there", "here", "a", "an",
            "the", "some", "any", "no", "every", "each", "all", "both", "either", "neither", "such", "is", "am",
            "are", "was", "were", "be", "been", "being", "have", "has", "had", "having", "do", "does", "did",
            "doing", "will", "would", "shall", "should", "can", "could", "may", "might", "must", "ought", "of", "in",
            "on", "at", "to", "for", "with", "by", "from", "about", "into", "onto", "over", "under", "up", "down",
            "out", "off", "as", "than", "like", "and", "or", "but", "nor", "so", "yet", "if", "then", "because",
            "while", "when", "where", "how", "why", "not", "n't", "’t", "just", "very", "too", "also", "well", "oh",
            "yes", "yeah", "okay", "ok", "now", "really", "much", "more", "go", "going", "get", "got", "let", "s",
            "’s", "'s", "re", "ve", "ll", "d", "m", "thing", "things", "one", "way", "lot");

    private Statements() {
    }

    /** Words that carry content: not closed-class, not a verb of speech. */
    static int contentWords(String text) {
        return contentWords(text, Integer.MAX_VALUE);
    }

    /** The same count, stopped once it reaches {@code enough}: a fragment test needs no more. */
    private static int contentWords(String text, int enough) {
        var count = 0;
        var matcher = WORD.matcher(text);
        while (count < enough && matcher.find()) {
            var word = TRAILING_MARKS.matcher(matcher.group().toLowerCase(Locale.ROOT)).replaceAll("");
            var apostrophe = Math.max(word.indexOf('’'), word.indexOf('\''));
            var base = apostrophe > 0 ? word.substring(0, apostrophe) : word;
            if (!base.isEmpty() && !CLOSED.contains(base) && !SpeechVerbs.isSpeechVerb(base)) {
                count++;
            }
        }
        return count;
    }

    static boolean isFragment(String text) {
        return contentWords(text, MIN_CONTENT_WORDS) < MIN_CONTENT_WORDS;
    }
}
