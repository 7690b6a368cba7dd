package org.factdesk.analysis.extract;

import java.util.regex.Pattern;

/**
 * Decides who said each quote and who reports each sentence, reading sentences in order the way an editor does:
 * the attribution right after the quote, else the verb of speech before it, else the sentence subject, else the
 * speaker of the quote just before. Roles and pronouns are resolved to people along the way. One per document.
 */
final class SpeakerResolver {

    /** A speaker: a person's full name, or for someone unnamed the article's description ("Kremlin spokesman"). */
    record Agent(String person, String description) {

        String label() {
            return person != null ? person : description;
        }
    }

    private static final Pattern ADVERBS = Pattern.compile("(?:\\s*,?\\s*(?:also|then|later|earlier|again|further"
            + "|previously|reportedly|once|repeatedly|has|had|have|in turn|on \\p{Lu}\\p{Ll}+day)\\s*,?)*\\s*");
    private static final Pattern TITLES_ONLY = Pattern.compile("(?:\\p{Lu}[\\p{L}’'-]*\\s+){0,4}");
    private static final Pattern GAP = Pattern.compile("[\\s,.;:!?—–\\-\"“”‘’']*");
    /** Farther than this from its verb, a name is more likely an object or part of another clause. */
    private static final int MAX_AGENT_GAP = 40;

    private final String text;
    private final PeopleIndex people;
    private static final int MAX_UNNAMED_CHARS = 40;
    private static final int MAX_UNNAMED_WORDS = 4;

    private Agent focus;
    private Agent previousSpeaker;

    SpeakerResolver(String text, PeopleIndex people) {
        this.text = text;
        this.people = people;
    }

    Agent speakerOf(SentenceView view, QuoteFinder.Quote quote) {
        var after = attributionAfter(view, quote.end());
        if (after != null) {
            return after;
        }
        SpeechVerbs.Verb before = null;
        for (var verb : view.verbs()) {
            if (verb.end() + view.sentence().start() <= quote.start()) {
                before = verb;
            }
        }
        var agent = before == null ? null : agentOf(view, before);
        if (agent != null) {
            return agent;
        }
        var wholeSentence = quote.contentEnd() - quote.contentStart() >= 0.8 * view.sentence().text().length() - 4;
        return wholeSentence ? previousSpeaker : subjectAgent(view);
    }

    /** The agent of the first verb of speech outside quotes ("X said that ..."), or null. */
    Agent reporterOf(SentenceView view) {
        for (var verb : view.verbs()) {
            var agent = agentOf(view, verb);
            if (agent != null) {
                return agent;
            }
        }
        return null;
    }

    /** Carries the sentence's subject and speaker over to the next sentence, for pronouns and continued quotes. */
    void finish(SentenceView view, Agent lastSpeaker) {
        previousSpeaker = lastSpeaker;
        var subject = view.groupSubject() ? null : subjectAgent(view);
        if (subject != null) {
            focus = subject;
        } else if (lastSpeaker != null) {
            focus = lastSpeaker;
        }
    }

    /** "..., Kim told Putin", "..., Defence Minister Anna Berg said" or "..., said the Russian leader" after the quote. */
    private Agent attributionAfter(SentenceView view, int quoteEnd) {
        var base = view.sentence().start();
        var masked = view.masked();
        if (quoteEnd - base >= masked.length()) {
            return null;
        }
        var gap = GAP.matcher(masked).region(quoteEnd - base, masked.length());
        var at = gap.lookingAt() ? gap.end() : quoteEnd - base;
        var first = mentionAfterTitles(view, at);
        if (first != null) {
            var adverbs = ADVERBS.matcher(masked).region(first.end() - base, masked.length());
            var verb = SpeechVerbs.at(view.verbs(), adverbs.lookingAt() ? adverbs.end() : first.end() - base);
            return verb != null && !verb.participle() ? resolve(view, first) : null;
        }
        for (var verb : view.verbs()) {
            var organisation = verb.start() > at && verb.start() - at < 80 && !verb.participle()
                    ? OrganisationNames.endingAt(masked, verb.start()) : null;
            var named = organisation == null ? -1 : masked.indexOf(organisation.description(), at);
            if (named >= at && named <= at + 4) {
                return organisation;
            }
        }
        var verb = SpeechVerbs.at(view.verbs(), at);
        if (verb == null || verb.end() >= masked.length()) {
            return null;
        }
        var subject = mentionAfterTitles(view, verb.end() + 1);
        return subject == null ? null : resolve(view, subject);
    }

    /** The mention at {@code offset} of the masked sentence, allowing capitalised titles before it. */
    private static PeopleIndex.Mention mentionAfterTitles(SentenceView view, int offset) {
        var base = view.sentence().start();
        for (var mention : view.mentions()) {
            var from = mention.start() - base;
            if (from >= offset && TITLES_ONLY.matcher(view.masked().substring(offset, from)).matches()) {
                return mention;
            }
            if (from > offset) {
                return null;
            }
        }
        return null;
    }

    private Agent agentOf(SentenceView view, SpeechVerbs.Verb verb) {
        var base = view.sentence().start();
        var verbStart = base + verb.start();
        if (verb.participle() || "and".equals(SentenceView.wordBefore(text, verbStart))) {
            return subjectAgent(view);
        }
        PeopleIndex.Mention nearest = null;
        for (var mention : view.mentions()) {
            if (mention.end() <= verbStart && verbStart - mention.end() <= MAX_AGENT_GAP) {
                nearest = mention;
            }
        }
        if (nearest != null) {
            return resolve(view, nearest);
        }
        var organisation = OrganisationNames.endingAt(view.masked(), verb.start());
        if (organisation != null) {
            return organisation;
        }
        var unnamed = unnamedAfterComma(view.masked(), verb.start());
        if (unnamed != null) {
            return unnamed;
        }
        return view.subject() != null && view.subject().end() <= verbStart ? subjectAgent(view) : null;
    }

    /**
     * "..., the club said" or "..., regional officials said": the clause names who speaks without a name, so the
     * sentence's subject (a player the club signed) is not the speaker.
     */
    private static Agent unnamedAfterComma(String masked, int verbStart) {
        var comma = masked.lastIndexOf(',', verbStart);
        if (comma < 0 || verbStart - comma > MAX_UNNAMED_CHARS) {
            return null;
        }
        var phrase = masked.substring(comma + 1, verbStart).strip();
        var words = phrase.isEmpty() ? 0 : phrase.split("\\s+").length;
        if (words == 0 || words > MAX_UNNAMED_WORDS || !Character.isLowerCase(phrase.charAt(0))) {
            return null;
        }
        return new Agent(null, phrase);
    }

    private Agent subjectAgent(SentenceView view) {
        return view.subject() == null || view.groupSubject() ? null : resolve(view, view.subject());
    }

    private Agent resolve(SentenceView view, PeopleIndex.Mention mention) {
        return switch (mention.kind()) {
            case NAME -> new Agent(mention.person(), mention.person());
            case ROLE -> resolveRole(mention);
            case PRONOUN -> {
                var subject = view.subject();
                var earlierSubject = subject != null && subject.start() < mention.start()
                        && subject.kind() != PeopleIndex.Kind.PRONOUN && !view.groupSubject();
                yield earlierSubject ? resolve(view, subject) : focus;
            }
        };
    }

    private Agent resolveRole(PeopleIndex.Mention mention) {
        if (mention.indefinite()) {
            return new Agent(null, mention.description());
        }
        if (mention.person() != null) {
            return new Agent(mention.person(), mention.person());
        }
        var fits = focus != null && focus.person() != null
                && !people.introducedOtherwise(focus.person(), mention.modifiers(), mention.roleWord());
        return fits ? focus : new Agent(null, mention.description());
    }
}
