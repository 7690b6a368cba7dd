package org.factdesk.analysis.extract;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.factdesk.analysis.Analysis;
import org.factdesk.analysis.SpeakerKind;
import org.factdesk.analysis.clean.NewsAgencies;

/**
 * Decides who said each quote and who reports each sentence, reading sentences in order the way an editor does.
 * The attribution tagger, trained on news attributions, says where the source of a quote or a report stands;
 * when it finds none, the rules look at the attribution right after the quote, else the verb of speech before it,
 * else the sentence subject, else the speaker of the quote just before. Names, roles and pronouns in the source
 * are resolved to people; a source that names nobody is an organisation, a group or an unnamed person of its own
 * kind, never the person named nearest to it. One per document.
 */
final class SpeakerResolver {

    /**
     * A speaker: a person's full name or an organisation's name, or for someone unnamed the article's description
     * ("Kremlin spokesman", "union officials"), and what sort of speaker it is.
     */
    record Agent(String person, String description, SpeakerKind kind) {

        String label() {
            return person != null ? person : description;
        }
    }

    private static final Pattern ADVERBS = Pattern.compile("(?:\\s*,?\\s*(?:also|then|later|earlier|again|further"
            + "|previously|reportedly|once|repeatedly|has|had|have|in turn|on \\p{Lu}\\p{Ll}+day)\\s*,?)*\\s*");
    private static final Pattern TITLES_ONLY = Pattern.compile("(?:\\p{Lu}[\\p{L}’'-]*\\s+){0,4}");
    private static final Pattern AFTER_VERB = Pattern.compile("\\s+((?:[\\p{L}’'.-]+\\s+){0,5}[\\p{L}’'.-]+)\\s*(?:[,.;:!?]|$)");
    private static final Pattern GAP = Pattern.compile("[\\s,.;:!?—–\\-\"“”‘’']*");
    private static final Pattern TRAILING_STOPS = Pattern.compile("[.,;:]+$");
    private static final Pattern TRAILING_COMMAS = Pattern.compile("[,;:]+$");
    private static final Pattern LEADING_ARTICLE = Pattern.compile("^(?i:a|an)\\s+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** Farther than this from its verb, a name is more likely an object or part of another clause. */
    private static final int MAX_AGENT_GAP = 40;

    /** Share of a sentence an attribution's content must hold for its source to be the sentence's reporter. */
    private static final double MIN_REPORTED_SHARE = 0.5;
    /** Sources that point back to a noun phrase before them ("Smith, who said ..."). */
    private static final Set<String> RELATIVES = Set.of("who", "whom");
    /** Sources the tagger finds that say nothing about who speaks; the rules decide those. */
    private static final Set<String> VAGUE = Set.of("it", "which", "that", "this", "you", "i", "me", "we", "us", "they",
            "them", "there", "one");

    private final String text;
    private final PeopleIndex people;
    private final TaggedSpeech tagged;
    private static final int MAX_UNNAMED_CHARS = 40;
    private static final int MAX_UNNAMED_WORDS = 4;

    private Agent focus;
    private Agent previousSpeaker;

    SpeakerResolver(String text, PeopleIndex people, TaggedSpeech tagged) {
        this.text = text;
        this.people = people;
        this.tagged = tagged;
    }

    Agent speakerOf(SentenceView view, QuoteFinder.Quote quote) {
        var attribution = tagged.covering(quote.contentStart(), quote.contentEnd());
        var source = attribution == null ? null : attribution.source();
        if (source != null) {
            var agent = fromSource(view, source.start(), source.end());
            if (agent != null) {
                return agent;
            }
        }
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
        var sentence = view.sentence();
        for (var attribution : tagged.cuedWithin(sentence.start(), sentence.end())) {
            var source = attribution.source();
            // "..., a decision environmental groups had demanded" reports a clause, not the sentence
            if (source != null && reportsMostOf(attribution, sentence)
                    && !QuoteFinder.insideAny(view.quotes(), attribution.cue().start())
                    && source.start() >= sentence.start() && source.end() <= sentence.end()
                    && !QuoteFinder.insideAny(view.quotes(), source.start())) {
                var agent = fromSource(view, source.start(), source.end());
                if (agent != null) {
                    return agent;
                }
            }
        }
        for (var verb : view.verbs()) {
            var agent = agentOf(view, verb);
            if (agent != null) {
                return agent;
            }
        }
        return null;
    }

    /** Whether the attribution's content holds at least half of the sentence: the sentence is its report. */
    private static boolean reportsMostOf(AttributionTagger.Attribution attribution, Analysis.Sentence sentence) {
        var inside = 0;
        for (var content : attribution.content()) {
            inside += Math.max(0, Math.min(sentence.end(), content.end()) - Math.max(sentence.start(), content.start()));
        }
        return inside >= MIN_REPORTED_SHARE * (sentence.end() - sentence.start());
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

    /**
     * The speaker a source span names: the person it names or points to by role or pronoun; for "who", the
     * person named just before it; else the phrase itself as an organisation, a group or an unnamed person.
     * Null when the span says nothing about who speaks ("it", "they" with no one to point to).
     */
    Agent fromSource(SentenceView view, int start, int end) {
        PeopleIndex.Mention best = null;
        for (var mention : people.between(start, end)) {
            if (mention.end() <= end && (best == null || rank(mention) < rank(best))) {
                best = mention;
            }
        }
        var pointsToSomeone = best != null && !best.possessive();
        if (pointsToSomeone) {
            var agent = resolve(view, best);
            if (agent != null) {
                return agent;
            }
        }
        var phrase = TRAILING_STOPS.matcher(text.substring(start, end).strip()).replaceFirst("");
        var lower = phrase.toLowerCase(Locale.ROOT);
        if (RELATIVES.contains(lower)) {
            PeopleIndex.Mention before = null;
            for (var mention : people.between(Math.max(view.sentence().start(), start - MAX_AGENT_GAP), start)) {
                before = mention.kind() == PeopleIndex.Kind.PRONOUN ? before : mention;
            }
            return before == null ? null : resolve(view, before);
        }
        // a pronoun with no one to point to is left to the rules, which read further back
        if (phrase.isEmpty() || VAGUE.contains(lower) || pointsToSomeone) {
            return null;
        }
        var person = trailingPersonName(phrase);
        if (person != null) {
            return new Agent(person, person, SpeakerKind.PERSON);
        }
        var agency = NewsAgencies.firstNameIn(phrase);
        if (agency != null) {
            return new Agent(agency, agency, SpeakerKind.ORGANISATION);
        }
        // a capitalised name that ends the source ("The Met Office", "the opposition party Likud") is its name
        var named = OrganisationNames.endingAt(phrase + " ", phrase.length() + 1);
        if (named != null && phrase.endsWith(named.description())) {
            return named;
        }
        return new Agent(null, stripArticle(phrase), SpeakerKinds.of(phrase));
    }

    /**
     * "negotiator Ines Vogel": a source ending in two or three capitalised words that look like a name's parts is
     * a person the name finder had no evidence for yet; words of organisations ("Ministry", "Office") or an
     * agency's name make it no person.
     */
    private static String trailingPersonName(String phrase) {
        var runs = CapitalisedRuns.scan(phrase).runs();
        if (runs.isEmpty()) {
            return null;
        }
        var last = runs.get(runs.size() - 1);
        var name = NameFinder.strip(last.tokens());
        var end = name.isEmpty() ? -1 : name.get(name.size() - 1).end();
        if (name.size() < 2 || name.size() > 3 || end != phrase.length()
                || !name.stream().allMatch(NameFinder::looksLikeNamePart)) {
            return null;
        }
        return phrase.substring(name.get(0).start(), end);
    }

    /** Names first, then roles, then pronouns. */
    private static int rank(PeopleIndex.Mention mention) {
        return mention.kind().ordinal();
    }

    private static String stripArticle(String phrase) {
        return TRAILING_COMMAS.matcher(LEADING_ARTICLE.matcher(phrase).replaceFirst("")).replaceFirst("").strip();
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
        if (subject != null) {
            return resolve(view, subject);
        }
        // "..., said negotiator Ines Vogel": whoever the words after the verb name, up to a comma or the end
        var phrase = AFTER_VERB.matcher(masked).region(verb.end(), masked.length());
        return phrase.lookingAt() ? fromSource(view, base + phrase.start(1), base + phrase.end(1)) : null;
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
        var words = phrase.isEmpty() ? 0 : SPACES.split(phrase).length;
        if (words == 0 || words > MAX_UNNAMED_WORDS || !Character.isLowerCase(phrase.charAt(0))) {
            return null;
        }
        return new Agent(null, phrase, SpeakerKinds.of(phrase));
    }

    private Agent subjectAgent(SentenceView view) {
        return view.subject() == null || view.groupSubject() ? null : resolve(view, view.subject());
    }

    private Agent resolve(SentenceView view, PeopleIndex.Mention mention) {
        return switch (mention.kind()) {
            case NAME -> new Agent(mention.person(), mention.person(), SpeakerKind.PERSON);
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
            return new Agent(null, mention.description(), SpeakerKind.PERSON);
        }
        if (mention.person() != null) {
            return new Agent(mention.person(), mention.person(), SpeakerKind.PERSON);
        }
        var fits = focus != null && focus.person() != null && focus.kind() == SpeakerKind.PERSON
                && !people.introducedOtherwise(focus.person(), mention.modifiers(), mention.roleWord());
        return fits ? focus : new Agent(null, mention.description(), SpeakerKind.PERSON);
    }
}
