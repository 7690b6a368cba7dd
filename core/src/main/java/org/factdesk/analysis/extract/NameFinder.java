package org.factdesk.analysis.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.factdesk.analysis.clean.NameWords;
import org.factdesk.analysis.clean.NewsAgencies;
import org.factdesk.analysis.clean.Places;

/**
 * Finds the people of an article without a gazetteer. A run of two or three capitalised words is a person when
 * the text treats it as one: a role stands before it ("Kremlin spokesman Dmitry Peskov"), a verb follows it, or
 * one of its words acts alone elsewhere ("Peskov stated"). A single proper noun that acts and is never a place
 * ("in Russia") is a person known by one name. Short forms and roles are then linked to those people.
 */
final class NameFinder {

    private static final Pattern PRONOUN = Pattern.compile("\\b(?:[Hh]e|[Ss]he)\\b");
    private static final int ROLE_WINDOW = 80;
    /** "..., said Takeshi Minami": a name right after a verb of speech is its speaker. */
    private static final Pattern SAID_BEFORE = Pattern.compile("\\b(?:said|says|added|told|wrote|noted)\\s+$");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    /**
     * @param text    the cleaned article, where mentions are recorded
     * @param context text cut during cleaning; captions there often give the full name the body shortens
     */
    PeopleIndex find(String text, String context) {
        var body = CapitalisedRuns.scan(text);
        var cut = CapitalisedRuns.scan(context);
        var places = new HashSet<>(body.places());
        places.addAll(cut.places());
        var acting = new HashSet<String>();
        collectActing(body, places, acting);
        collectActing(cut, places, acting);
        var people = new PersonNames();
        addCandidates(text, body, acting, places, people);
        addCandidates(context, cut, acting, places, people);
        acting.forEach(people::add);
        var names = new NameMentions(people).mentions(body.runs());
        var introductions = new ArrayList<PeopleIndex.RoleIntroduction>();
        for (var mention : names) {
            introduce(text, mention, introductions);
        }
        var mentions = new ArrayList<>(names);
        mentions.addAll(roles(text, names, new PeopleIndex(List.of(), introductions)));
        var pronoun = PRONOUN.matcher(text);
        while (pronoun.find()) {
            mentions.add(new PeopleIndex.Mention(pronoun.start(), pronoun.end(), PeopleIndex.Kind.PRONOUN, null, null,
                    false, false));
        }
        return new PeopleIndex(mentions, introductions);
    }

    /** Proper nouns that stand alone before a verb ("Putin said", "Kim arrived") and are not places. */
    private static void collectActing(CapitalisedRuns.Scan scan, Set<String> places, Set<String> acting) {
        for (var run : scan.runs()) {
            var name = strip(run.tokens());
            if (name.size() == 1 && acts(run.next()) && looksLikeNamePart(name.get(0))) {
                var key = CapitalisedRuns.key(name.get(0).word());
                if (scan.properNouns().contains(key) && !places.contains(key) && !Places.isPlace(name.get(0).word())) {
                    acting.add(name.get(0).word());
                }
            }
        }
    }

    private static void addCandidates(String text, CapitalisedRuns.Scan scan, Set<String> acting, Set<String> places,
                                      PersonNames people) {
        var actingKeys = new HashSet<String>();
        acting.forEach(word -> actingKeys.add(CapitalisedRuns.key(word)));
        for (var run : scan.runs()) {
            var name = strip(run.tokens());
            if (name.size() < 2 || name.size() > 3 || !name.stream().allMatch(NameFinder::looksLikeNamePart)
                    || name.stream().anyMatch(token -> places.contains(CapitalisedRuns.key(token.word())))) {
                continue;
            }
            var start = name.get(0).start();
            var end = name.get(name.size() - 1).end();
            var before = text.substring(Math.max(0, start - ROLE_WINDOW), start);
            var after = text.substring(end, Math.min(text.length(), end + ROLE_WINDOW));
            var introduced = name.get(0) != run.tokens().get(0) || NameWords.ROLE_BEFORE_NAME.matcher(before).find()
                    || NameWords.ROLE_AFTER_NAME.matcher(after).find() || SAID_BEFORE.matcher(before).find();
            var knownPart = name.stream().anyMatch(token -> actingKeys.contains(CapitalisedRuns.key(token.word())));
            // in headlines every word is capitalised, so only a title or a known part makes a run a name there
            if (introduced || knownPart || !run.titleCaseLine() && acts(run.next())) {
                people.add(text.substring(start, end));
            }
        }
    }

    /**
     * Drops what stands before a name in a run: sentence words, nationality adjectives and titles, including a
     * title's own qualifiers ("Health Secretary John Reyes"), as long as a name of two words or more remains.
     */
    static List<CapitalisedRuns.Token> strip(List<CapitalisedRuns.Token> run) {
        var from = 0;
        while (from < run.size() && isLeadingWord(run.get(from).word())) {
            from++;
        }
        for (var i = run.size() - 3; i >= from; i--) {
            if (NameWords.TITLES.contains(run.get(i).word())) {
                return run.subList(i + 1, run.size());
            }
        }
        return run.subList(from, run.size());
    }

    private static boolean isLeadingWord(String word) {
        return NameWords.SENTENCE_WORDS.contains(word) || NameWords.TITLES.contains(word)
                || NameWords.MODIFIERS.contains(word);
    }

    static boolean looksLikeNamePart(CapitalisedRuns.Token token) {
        var word = token.word();
        if (word.length() < 2 && !(word.length() == 1 && Character.isUpperCase(word.charAt(0)))) {
            return false;
        }
        var upper = word.chars().filter(Character::isUpperCase).count();
        return upper <= 2 && word.chars().allMatch(c -> Character.isLetter(c) || c == '-' || c == '\'' || c == '’')
                && !NameWords.NOT_PERSON.contains(word) && !NameWords.MODIFIERS.contains(word)
                && !NameWords.TITLES.contains(word) && !NameWords.SENTENCE_WORDS.contains(word)
                && !NewsAgencies.isAgency(word);
    }

    static boolean acts(CapitalisedRuns.Token next) {
        return next != null && !next.capitalised() && NameWords.AGENT_VERBS.contains(next.word());
    }

    private static void introduce(String text, PeopleIndex.Mention mention, List<PeopleIndex.RoleIntroduction> out) {
        var before = text.substring(Math.max(0, mention.start() - ROLE_WINDOW), mention.start());
        before = before.substring(before.lastIndexOf('\n') + 1);
        var roleBefore = NameWords.ROLE_BEFORE_NAME.matcher(before);
        if (roleBefore.find()) {
            out.add(new PeopleIndex.RoleIntroduction(mention.start(), modifiers(roleBefore.group(1)),
                    roleBefore.group(2).toLowerCase(Locale.ROOT), mention.person()));
            return;
        }
        var after = text.substring(mention.end(), Math.min(text.length(), mention.end() + ROLE_WINDOW));
        var lineEnd = after.indexOf('\n');
        var roleAfter = NameWords.ROLE_AFTER_NAME.matcher(lineEnd < 0 ? after : after.substring(0, lineEnd));
        if (roleAfter.find()) {
            out.add(new PeopleIndex.RoleIntroduction(mention.start(), modifiers(roleAfter.group(1)),
                    roleAfter.group(2).toLowerCase(Locale.ROOT), mention.person()));
        }
    }

    /** Role descriptions; one directly followed by a name is that name's title, not a separate mention. */
    private static List<PeopleIndex.Mention> roles(String text, List<PeopleIndex.Mention> names, PeopleIndex lookup) {
        var nameStarts = new HashSet<Integer>();
        names.forEach(name -> nameStarts.add(name.start()));
        var result = new ArrayList<PeopleIndex.Mention>();
        var matcher = NameWords.ROLE_DESCRIPTION.matcher(text);
        while (matcher.find()) {
            if (nameStarts.contains(matcher.end() + 1)) {
                continue;
            }
            var modifiers = modifiers(matcher.group(2));
            var role = matcher.group(3).toLowerCase(Locale.ROOT);
            var indefinite = !matcher.group(1).equalsIgnoreCase("the");
            var person = indefinite ? null : lookup.personForRole(matcher.start(), modifiers, role);
            result.add(new PeopleIndex.Mention(matcher.start(), matcher.end(), PeopleIndex.Kind.ROLE, person,
                    modifiers + "|" + role, indefinite, matcher.group(4) != null));
        }
        return result;
    }

    private static String modifiers(String captured) {
        var words = SPACES.matcher(captured.trim().toLowerCase(Locale.ROOT)).replaceAll(" ");
        return words.startsWith("the ") ? words.substring(4) : "the".equals(words) ? "" : words;
    }
}
