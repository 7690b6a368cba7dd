package org.factdesk.analysis;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * What the engine made of one document.
 *
 * @param cleanedText the article body, boilerplate removed; claim offsets point into it
 * @param removed     each line or fragment that cleaning dropped, in document order, so an editor can review the cut
 * @param warnings    things a journalist should know (nothing left after cleaning, input truncated...)
 */
public record Analysis(
        Metadata metadata,
        String cleanedText,
        List<String> removed,
        List<Sentence> sentences,
        List<ClaimCandidate> claims,
        List<EngineWarning> warnings) {

    /**
     * @param agencies news agencies the text cites as its source (Sputnik, RIA, Tass, AFP...)
     */
    public record Metadata(String title, String byline, String dateline, LocalDate publishedOn, String outlet,
                           List<String> agencies) {
    }

    /** A sentence of the cleaned text, by character offsets (end exclusive). */
    public record Sentence(int start, int end, String text) {
    }

    /** The claims ingest stores and matching compares, in text order (the extractor bounds how many). */
    public List<ClaimCandidate> filedClaims() {
        return claims.stream().sorted(Comparator.comparingInt(ClaimCandidate::start)).toList();
    }

    /**
     * The sentence a claim stands in, through which a short quote is compared; a claim that no sentence holds
     * (one that spans two) stands for itself.
     */
    public Sentence sentenceOf(ClaimCandidate claim) {
        return sentences.stream().filter(s -> s.start() <= claim.start() && s.end() >= claim.end()).findFirst()
                .orElse(new Sentence(claim.start(), claim.end(), claim.text()));
    }
}
