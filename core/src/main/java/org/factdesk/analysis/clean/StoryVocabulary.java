package org.factdesk.analysis.clean;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The content words of an article's body. A short line that shares none of them (a trailing "more news" list, a
 * section label, a sidebar teaser) is about something else, whatever outlet it comes from.
 */
final class StoryVocabulary {

    private static final Set<String> STOP_WORDS = Set.of(
            "the", "and", "for", "are", "but", "not", "you", "all", "any", "can", "had", "her", "was", "one", "our",
            "out", "has", "him", "his", "how", "its", "may", "new", "now", "see", "two", "who", "did", "get", "let",
            "say", "she", "too", "use", "that", "with", "have", "this", "will", "your", "from", "they", "been", "were",
            "said", "each", "which", "their", "there", "what", "about", "would", "make", "like", "into", "than",
            "them", "then", "these", "some", "could", "other", "also", "after", "over", "just", "more", "most",
            "only", "very", "when", "where", "while", "such", "both", "should", "being", "those", "does", "here",
            "because", "before", "between", "during", "under", "again", "further", "once", "same", "own", "why",
            "off", "above", "below", "until", "against", "through", "still", "even", "much", "many", "well", "back",
            "way", "might", "must", "shall", "yet", "via", "per", "upon", "whose", "whom", "ago");

    private final Set<String> words;

    private StoryVocabulary(Set<String> words) {
        this.words = words;
    }

    static StoryVocabulary of(Collection<String> paragraphs) {
        var words = new HashSet<String>();
        for (var paragraph : paragraphs) {
            words.addAll(contentWords(paragraph));
        }
        return new StoryVocabulary(words);
    }

    /** Lower-cased words of three letters or more that are not stop words, stemmed; one pass over the text. */
    static List<String> contentWords(String text) {
        var result = new ArrayList<String>();
        var token = new StringBuilder();
        for (var i = 0; i <= text.length(); i++) {
            var c = i < text.length() ? text.charAt(i) : ' ';
            if (Character.isLetterOrDigit(c)) {
                token.append(Character.toLowerCase(c));
                continue;
            }
            if (token.length() >= 3) {
                var word = token.toString();
                if (!STOP_WORDS.contains(word)) {
                    result.add(stem(word));
                }
            }
            token.setLength(0);
        }
        return result;
    }

    /** Plural and possessive endings only: enough to match "missiles" with "missile", cheap enough for 2 MB. */
    private static String stem(String token) {
        if (token.length() > 4 && token.endsWith("ies")) {
            return token.substring(0, token.length() - 3) + "y";
        }
        if (token.length() > 3 && token.endsWith("s") && !token.endsWith("ss")) {
            return token.substring(0, token.length() - 1);
        }
        return token;
    }

    /** How many distinct content words of the line also occur in the story. */
    int shared(String line) {
        var seen = new HashSet<String>();
        for (var word : contentWords(line)) {
            if (words.contains(word)) {
                seen.add(word);
            }
        }
        return seen.size();
    }

    /** Share of the line's distinct content words that occur in the story; 0 for a line without content words. */
    double overlap(String line) {
        var distinct = new HashSet<>(contentWords(line));
        return distinct.isEmpty() ? 0 : (double) shared(line) / distinct.size();
    }
}
