package org.factdesk.analysis;

import java.util.List;

/**
 * A checkable statement found in the cleaned text.
 *
 * @param start       offset of the first character in the cleaned text
 * @param end         offset after the last character (exclusive)
 * @param speaker     the full name of who said it, resolved within the article, or null
 * @param score       check-worthiness in [0,1]
 * @param reasons     why it scored as it did: what raised the score, strongest first, then what lowered it, each
 *                    with its signed share of the log-odds (message keys with arguments, see {@link ScoreReason})
 * @param attribution the chain of sources, nearest first: for "Putin said, Sputnik reported" it is [Vladimir Putin, Sputnik]
 * @param speakerKind what the first source of the chain is: a person, an organisation or a group; UNKNOWN when
 *                    the chain is empty
 */
public record ClaimCandidate(String text, int start, int end, ClaimKind kind, String speaker, double score,
                             List<ScoreReason> reasons, List<String> attribution, SpeakerKind speakerKind) {

    public ClaimCandidate {
        speakerKind = speakerKind == null ? SpeakerKind.UNKNOWN : speakerKind;
    }

    /** A claim whose speaker, when named, is taken to be a person. */
    public ClaimCandidate(String text, int start, int end, ClaimKind kind, String speaker, double score,
                          List<ScoreReason> reasons, List<String> attribution) {
        this(text, start, end, kind, speaker, score, reasons, attribution,
                speaker == null ? SpeakerKind.UNKNOWN : SpeakerKind.PERSON);
    }

    /** The message keys of what raised the score, strongest first: "worthiness.number", "worthiness.quote"... */
    public List<String> raisedBy() {
        return reasons.stream().filter(ScoreReason::raises).map(ScoreReason::code).toList();
    }
}
