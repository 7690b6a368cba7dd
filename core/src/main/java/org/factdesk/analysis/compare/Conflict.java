package org.factdesk.analysis.compare;

import java.util.Objects;
import org.factdesk.analysis.ConflictKind;

/**
 * Where two copies of one statement disagree: each value as its claim writes it, and the sentence of each copy in
 * which the value stands, so that a desk can judge the disagreement without opening both articles.
 *
 * @param sentence      the sentence of the first claim that holds {@code value}; may be null when not known
 * @param otherSentence the sentence of the other claim that holds {@code otherValue}
 */
public record Conflict(ConflictKind kind, String value, String otherValue, String sentence, String otherSentence) {

    public Conflict {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(otherValue, "otherValue");
    }

    /** The same disagreement seen from the other claim. */
    public Conflict reversed() {
        return new Conflict(kind, otherValue, value, otherSentence, sentence);
    }
}
