package org.factdesk.analysis.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.factdesk.analysis.Analysis;
import org.factdesk.analysis.ClaimCandidate;
import org.factdesk.analysis.ClaimKind;
import org.factdesk.analysis.SpeakerKind;
import org.factdesk.analysis.clean.LineShape;

/**
 * Finds the statements a fact-checker would look at: every quote that states something, with its speaker, every
 * turn of a transcript, and every sentence that reports speech or carries figures, dates or events. A sentence is
 * never two claims: one that is only a quote and its attribution yields the quote alone, one whose words around
 * the quote are worth checking on their own yields the whole sentence, with the quote's speaker. Fragments that
 * assert nothing ("they have time", "he said") are no claims.
 */
public final class ClaimExtractor {

    /** Caps the output per document; an editor cannot triage more in one story anyway. */
    public static final int MAX_CLAIMS = 300;
    /** Shorter quotes are scare quotes ("sensitive" issues): part of the sentence's claim, not claims themselves. */
    private static final int MIN_QUOTE_WORDS = 3;
    /** The check-worthiness model's decision point: below it, a sentence is more likely not worth checking. */
    private static final double MIN_SENTENCE_SCORE = 0.5;
    /** Longer "sentences" are tables, lists or broken markup run together; reading them costs much and finds little. */
    private static final int MAX_SENTENCE_CHARS = 5_000;

    private final CheckWorthiness worthiness = new CheckWorthiness();
    private final AttributionFinder attributions = new AttributionFinder();

    /** The claims of one document, in text order, and whether the cap cut some. */
    record Result(List<ClaimCandidate> claims, boolean capped) {
    }

    Result extract(String text, List<Analysis.Sentence> sentences, List<QuoteFinder.Quote> quotes,
                   PeopleIndex people) {
        return extract(text, sentences, quotes, people, TaggedSpeech.none());
    }

    Result extract(String text, List<Analysis.Sentence> sentences, List<QuoteFinder.Quote> quotes,
                   PeopleIndex people, TaggedSpeech tagged) {
        var resolver = new SpeakerResolver(text, people, tagged);
        var turns = TranscriptTurns.of(text, people);
        var claims = new ArrayList<ClaimCandidate>();
        var quoteIndex = 0;
        var quotedUntil = -1;
        var capped = false;
        for (var sentence : sentences) {
            if (sentence.text().length() > MAX_SENTENCE_CHARS) {
                continue;
            }
            while (quoteIndex < quotes.size() && quotes.get(quoteIndex).end() <= sentence.start()) {
                quoteIndex++;
            }
            var inSentence = new ArrayList<QuoteFinder.Quote>();
            for (var i = quoteIndex; i < quotes.size() && quotes.get(i).start() < sentence.end(); i++) {
                inSentence.add(quotes.get(i));
            }
            var view = SentenceView.of(text, sentence, inSentence, people);
            var sources = attributions.sourcesIn(view.masked());
            var turn = turns.at(sentence.start());
            if (turn != null) {
                var claim = turnClaim(text, sentence, turn, sources);
                if (claim != null) {
                    claims.add(claim);
                }
                resolver.finish(view, turn.speaker());
                continue;
            }
            SpeakerResolver.Agent lastSpeaker = null;
            SpeakerResolver.Agent firstSpeaker = null;
            var quoteClaims = new ArrayList<ClaimCandidate>();
            for (var quote : inSentence) {
                var speaker = resolver.speakerOf(view, quote);
                lastSpeaker = speaker != null ? speaker : lastSpeaker;
                firstSpeaker = firstSpeaker == null ? speaker : firstSpeaker;
                // a quote that runs over several sentences is claimed once, where it starts
                var claim = quote.start() >= sentence.start() ? quoteClaim(text, quote, speaker, sources) : null;
                if (claim != null) {
                    quoteClaims.add(claim);
                }
            }
            var reporter = resolver.reporterOf(view);
            // a sentence inside a quote claimed where it started is part of that claim already
            var insideClaimedQuote = sentence.end() <= quotedUntil;
            var claim = insideClaimedQuote ? null : sentenceClaim(view, reporter != null ? reporter : firstSpeaker,
                    reporter != null, sources, !quoteClaims.isEmpty());
            if (claim != null) {
                claims.add(claim);
            } else {
                claims.addAll(quoteClaims);
                for (var quoteClaim : quoteClaims) {
                    quotedUntil = Math.max(quotedUntil, quoteClaim.end());
                }
            }
            resolver.finish(view, lastSpeaker);
            if (claims.size() >= MAX_CLAIMS) {
                capped = true;
                break;
            }
        }
        claims.sort(Comparator.comparingInt(ClaimCandidate::start));
        return new Result(List.copyOf(claims.subList(0, Math.min(claims.size(), MAX_CLAIMS))), capped);
    }

    private ClaimCandidate quoteClaim(String text, QuoteFinder.Quote quote, SpeakerResolver.Agent speaker,
                                      List<String> sources) {
        var start = quote.contentStart();
        var end = quote.contentEnd();
        while (end > start && (Character.isWhitespace(text.charAt(end - 1)) || text.charAt(end - 1) == ',')) {
            end--;
        }
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        var words = text.substring(start, end);
        if (LineShape.words(words) < MIN_QUOTE_WORDS || Statements.isFragment(words)) {
            return null;
        }
        var assessment = worthiness.assess(words, true, speaker != null, false);
        return new ClaimCandidate(words, start, end, ClaimKind.DIRECT_QUOTE, speaker == null ? null : speaker.person(),
                assessment.score(), assessment.reasons(), chain(speaker, sources), kindOf(speaker, sources));
    }

    /**
     * The sentence as a claim, or null. Beside a quote claim, the words around the quote must be worth checking on
     * their own (a figure, a date or an event, not just the speaker's name and title); the sentence then replaces
     * the quote, and {@code speaker} is the quote's when no verb of speech outside it names a reporter.
     */
    private ClaimCandidate sentenceClaim(SentenceView view, SpeakerResolver.Agent speaker, boolean reports,
                                         List<String> sources, boolean quoteClaimed) {
        var sentence = view.sentence();
        if (quoteClaimed && !checkableOnItsOwn(worthiness.assess(view.masked(), false, false, false))) {
            return null;
        }
        if (Statements.isFragment(sentence.text())) {
            return null;
        }
        var reporter = reports ? speaker : null;
        var reported = reporter != null || attributions.citesSource(view.masked());
        var assessment = worthiness.assess(sentence.text(), !view.quotes().isEmpty(), speaker != null, reported);
        if (assessment.score() < MIN_SENTENCE_SCORE) {
            return null;
        }
        var named = speaker != null ? speaker.person() : attributions.citedSource(view.masked());
        var kind = quoteClaimed ? ClaimKind.DIRECT_QUOTE : kindOf(reported, assessment);
        var chain = chain(speaker, sources);
        return new ClaimCandidate(sentence.text(), sentence.start(), sentence.end(), kind, named, assessment.score(),
                assessment.reasons(), chain, kindOf(speaker, chain));
    }

    /** A sentence of a transcript turn, without the label, as the words of the turn's speaker. */
    private ClaimCandidate turnClaim(String text, Analysis.Sentence sentence, TranscriptTurns.Turn turn,
                                     List<String> sources) {
        var start = Math.max(sentence.start(), turn.labelEnd());
        var end = sentence.end();
        if (start >= end) {
            return null;
        }
        var words = text.substring(start, end);
        if (Statements.isFragment(words) || LineShape.words(words) < MIN_QUOTE_WORDS) {
            return null;
        }
        var speaker = turn.speaker();
        var assessment = worthiness.assess(words, true, speaker.person() != null, false);
        if (assessment.score() < MIN_SENTENCE_SCORE) {
            return null;
        }
        return new ClaimCandidate(words, start, end, ClaimKind.DIRECT_QUOTE, speaker.person(), assessment.score(),
                assessment.reasons(), chain(speaker, sources), speaker.kind());
    }

    /** The kind of the claim's first source: the resolved speaker's, else that of the first source cited. */
    private static SpeakerKind kindOf(SpeakerResolver.Agent speaker, List<String> chain) {
        if (speaker != null) {
            return speaker.kind();
        }
        return chain.isEmpty() ? SpeakerKind.UNKNOWN : SpeakerKinds.of(chain.get(0));
    }

    private static boolean checkableOnItsOwn(CheckWorthiness.Assessment around) {
        return around.score() >= MIN_SENTENCE_SCORE
                && (around.number() || around.statistic() || around.date() || around.event());
    }

    private static ClaimKind kindOf(boolean reported, CheckWorthiness.Assessment assessment) {
        if (reported) {
            return ClaimKind.INDIRECT_QUOTE;
        }
        if (assessment.statistic() || assessment.number() && !assessment.date() && !assessment.event()) {
            return ClaimKind.STATISTIC;
        }
        if (assessment.date() || assessment.event()) {
            return ClaimKind.EVENT;
        }
        return ClaimKind.OTHER;
    }

    /** Nearest source first: the speaker, then whoever relayed the words. */
    private static List<String> chain(SpeakerResolver.Agent speaker, List<String> sources) {
        var chain = new ArrayList<String>();
        if (speaker != null && speaker.label() != null) {
            chain.add(speaker.label());
        }
        for (var source : sources) {
            if (!chain.contains(source)) {
                chain.add(source);
            }
        }
        return List.copyOf(chain);
    }
}
