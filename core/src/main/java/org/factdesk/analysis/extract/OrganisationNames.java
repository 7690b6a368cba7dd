package org.factdesk.analysis.extract;

import java.util.regex.Pattern;
import org.factdesk.analysis.SpeakerKind;
import org.factdesk.analysis.clean.NameWords;
import org.factdesk.analysis.clean.NewsAgencies;

/**
 * Bodies that speak: "The Met Office said", "Sepa said". A capitalised name right before a verb of speech, which
 * is not a person the article names, is taken as a named organisation speaking.
 */
final class OrganisationNames {

    private static final Pattern BEFORE_VERB = Pattern.compile("(?:^|[\\s,;:(])(?:[Tt]he\\s+)?"
            + "((?:\\p{Lu}[\\p{L}’'&.-]*\\s+){1,6}?)(?:\\([^()]{1,20}\\)\\s+)?(?:(?:also|has|had|then|earlier|later)\\s+)*$");
    private static final Pattern POSSESSIVE = Pattern.compile("[’']s$");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final int WINDOW = 100;

    private OrganisationNames() {
    }

    /**
     * Who is named right before {@code end} in the masked sentence, or null. A lone capitalised word opening the
     * sentence ("Critics said") is as likely a common noun as a name, so it is a description, not a speaker.
     */
    static SpeakerResolver.Agent endingAt(String masked, int end) {
        var window = masked.substring(Math.max(0, end - WINDOW), end);
        var matcher = BEFORE_VERB.matcher(window);
        if (!matcher.find()) {
            return null;
        }
        var name = POSSESSIVE.matcher(matcher.group(1).trim()).replaceFirst("");
        var words = SPACES.split(name);
        if (NameWords.SENTENCE_WORDS.contains(words[0]) || NameWords.MODIFIERS.contains(name)) {
            return null;
        }
        var opensSentence = window.substring(0, matcher.start(1)).isBlank();
        var acronym = name.length() >= 2 && name.chars().allMatch(Character::isUpperCase);
        var common = words.length == 1 && opensSentence && !acronym && !NewsAgencies.isAgency(name);
        return new SpeakerResolver.Agent(common ? null : name, name,
                common ? SpeakerKinds.of(name) : SpeakerKind.ORGANISATION);
    }
}
