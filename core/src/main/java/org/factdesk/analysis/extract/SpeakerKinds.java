package org.factdesk.analysis.extract;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.factdesk.analysis.SpeakerKind;
import org.factdesk.analysis.clean.NameWords;
import org.factdesk.analysis.clean.NewsAgencies;

/**
 * Tells what sort of speaker a phrase names when it names no known person, from the shape of its head noun: a
 * plural ("union officials", "critics") or a collective ("police") is a group, a role ("a spokeswoman") or an
 * agent noun ("a witness", "the driver") an unnamed person, anything else that speaks (a ministry, a club, a
 * company, "the Met Office") an organisation. English morphology, not a list of outlets' words.
 */
final class SpeakerKinds {

    private static final Pattern SEPARATORS = Pattern.compile("[\\s,;:()]+");
    private static final Pattern OUTER_NON_LETTERS = Pattern.compile("^[^\\p{L}]+|[^\\p{L}]+$");

    /** Nouns that are plural without an -s and mean people. */
    private static final Set<String> COLLECTIVE = Set.of("police", "people", "staff", "crew", "personnel", "public",
            "clergy", "folks", "military", "youth", "media");
    private static final Set<String> PERSON_PRONOUNS = Set.of("he", "she", "i", "him", "her", "me", "who", "whom");
    private static final Set<String> GROUP_PRONOUNS = Set.of("they", "we", "them", "us", "some", "many", "others",
            "most", "few", "several", "both", "all");
    private static final Set<String> THING_PRONOUNS = Set.of("it", "which", "that", "this");
    /** Singular nouns in -s that are no plural. */
    private static final Set<String> NOT_PLURAL_ENDINGS = Set.of("ss", "us", "is", "ics", "ws", "'s", "’s");

    private SpeakerKinds() {
    }

    static SpeakerKind of(String phrase) {
        var head = head(phrase);
        if (head.isEmpty()) {
            return SpeakerKind.UNKNOWN;
        }
        var lower = head.toLowerCase(Locale.ROOT);
        if (PERSON_PRONOUNS.contains(lower)) {
            return SpeakerKind.PERSON;
        }
        if (GROUP_PRONOUNS.contains(lower)) {
            return SpeakerKind.GROUP;
        }
        if (THING_PRONOUNS.contains(lower)) {
            return SpeakerKind.ORGANISATION;
        }
        if (NewsAgencies.isAgency(head)) {
            return SpeakerKind.ORGANISATION;
        }
        if (COLLECTIVE.contains(lower) || plural(lower)) {
            return SpeakerKind.GROUP;
        }
        if (isRole(lower) || Character.isLowerCase(head.charAt(0)) && agentNoun(lower)) {
            return SpeakerKind.PERSON;
        }
        return SpeakerKind.ORGANISATION;
    }

    /** The head noun: the last word, or the word before "of" ("members of the union", "head of the agency"). */
    static String head(String phrase) {
        var words = SEPARATORS.split(phrase.strip());
        var end = words.length;
        for (var k = 1; k < words.length; k++) {
            if ("of".equalsIgnoreCase(words[k]) || "at".equalsIgnoreCase(words[k]) || "from".equalsIgnoreCase(words[k])
                    || "for".equalsIgnoreCase(words[k]) || "who".equalsIgnoreCase(words[k])) {
                end = k;
                break;
            }
        }
        for (var k = end - 1; k >= 0; k--) {
            var word = OUTER_NON_LETTERS.matcher(words[k]).replaceAll("");
            if (!word.isEmpty()) {
                return word;
            }
        }
        return "";
    }

    private static boolean plural(String lower) {
        if (lower.length() < 4 || !lower.endsWith("s")) {
            return false;
        }
        for (var ending : NOT_PLURAL_ENDINGS) {
            if (lower.endsWith(ending)) {
                return false;
            }
        }
        return true;
    }

    static boolean isRole(String lower) {
        return NameWords.ROLE_DESCRIPTION.matcher("the " + lower).matches();
    }

    /** Nouns that name someone by what they do: witness, driver, resident, activist, survivor, employee. */
    private static boolean agentNoun(String lower) {
        if (lower.endsWith("ment") || lower.length() < 5) {
            return false;
        }
        return lower.endsWith("er") || lower.endsWith("or") || lower.endsWith("ist") || lower.endsWith("ian")
                || lower.endsWith("ent") || lower.endsWith("ant") || lower.endsWith("ee") || "witness".equals(lower);
    }
}
