package org.factdesk.analysis.control;

import java.util.regex.Pattern;

/**
 * Bodies that speak: "The Met Office said", "Sepa said". A capitalised name right before a verb of speech, which
 * is not a person the article names, is taken as a named organisation speaking.
 */
final class OrganisationNames {

    private static final Pattern BEFORE_VERB = Pattern.compile("(?:^|[\\s,;:(])(?:[Tt]he\\s+)?"
            + "((?:\\p{Lu}[\\p{L}’'&.-]*\\s+){1,6}?)(?:\\([^()]{1,20}\\)\\s+)?(?:(?:also|has|had|then|earlier|later)\\s+)*$");
    private static final int WINDOW = 100;

    private OrganisationNames() {
    }

    /** The organisation named right before {@code end} in the masked sentence, or null. */
    static String endingAt(String masked, int end) {
        var window = masked.substring(Math.max(0, end - WINDOW), end);
        var matcher = BEFORE_VERB.matcher(window);
        if (!matcher.find()) {
            return null;
        }
        var name = matcher.group(1).trim().replaceFirst("[’']s$", "");
        var first = name.split("\\s+")[0];
        return NameWords.SENTENCE_WORDS.contains(first) || NameWords.MODIFIERS.contains(name) ? null : name;
    }
}
