package org.factdesk.analysis.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.factdesk.analysis.Analysis;

/**
 * One sentence as the speaker rules read it: quoted words blanked out so that no verb or name inside a quote is
 * taken for the attribution, the people named outside quotes, its verbs of speech, and its subject.
 *
 * @param masked       the sentence text with every quote replaced by spaces; offsets stay those of the sentence
 * @param subject      the first person or role the sentence names outside quotes and not as an object, or null
 * @param groupSubject true when the subject is one of several ("Putin and Kim will ..."), so no single person acts
 */
record SentenceView(Analysis.Sentence sentence, List<QuoteFinder.Quote> quotes, String masked,
                    List<PeopleIndex.Mention> mentions, List<SpeechVerbs.Verb> verbs, PeopleIndex.Mention subject,
                    boolean groupSubject) {

    /** A name right after one of these is an object ("met Putin", "with Kim"), not the one who acts. */
    private static final Set<String> OBJECT_MARKERS = Set.of("with", "of", "by", "to", "for", "from", "about", "at",
            "in", "on", "against", "between", "than", "like", "into", "toward", "towards", "met", "thanked", "told");
    private static final Pattern GROUP = Pattern.compile("^\\s*(?:and|&)\\s+(?:(?:the|a)\\s+)?(?:\\p{Lu}\\S*\\s+){0,3}"
            + "(?:\\p{Ll}+\\s+)?$");

    static SentenceView of(String text, Analysis.Sentence sentence, List<QuoteFinder.Quote> quotes, PeopleIndex people) {
        var masked = new StringBuilder(sentence.text());
        for (var quote : quotes) {
            for (var i = Math.max(quote.start(), sentence.start()); i < Math.min(quote.end(), sentence.end()); i++) {
                masked.setCharAt(i - sentence.start(), ' ');
            }
        }
        var mentions = new ArrayList<PeopleIndex.Mention>();
        for (var mention : people.between(sentence.start(), sentence.end())) {
            if (!QuoteFinder.insideAny(quotes, mention.start()) && !mention.possessive()) {
                mentions.add(mention);
            }
        }
        PeopleIndex.Mention subject = null;
        var group = false;
        for (var i = 0; i < mentions.size() && subject == null; i++) {
            var mention = mentions.get(i);
            if (!OBJECT_MARKERS.contains(wordBefore(text, mention.start()))) {
                subject = mention;
                // A role can overlap the name inside it ("An Alibaba spokesperson"): nothing lies between them.
                group = i + 1 < mentions.size() && mentions.get(i + 1).start() >= mention.end() && GROUP.matcher(
                        text.substring(mention.end(), mentions.get(i + 1).start())).matches();
            }
        }
        return new SentenceView(sentence, quotes, masked.toString(), mentions, SpeechVerbs.in(masked.toString()),
                subject, group);
    }

    /** The word before {@code offset} in lower case, or "" after punctuation. */
    static String wordBefore(String text, int offset) {
        var end = offset;
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        var start = end;
        while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
            start--;
        }
        return text.substring(start, end).toLowerCase(Locale.ROOT);
    }
}
