package org.factdesk.claim.boundary;

import java.util.List;
import org.factdesk.analysis.ConflictKind;
import org.factdesk.analysis.compare.WordDiff;

/**
 * The same statement as another outlet's copy of the story has it, aligned word by word with this claim.
 *
 * @param conflict   what the two disagree on, or null
 * @param thisValue  this claim's value in the conflict, as written
 * @param otherValue the other copy's value, as written
 */
public record Variant(long claimId, String text, String outlet, long articleId, double similarity,
                      List<WordDiff.Segment> segments, ConflictKind conflict, String thisValue, String otherValue) {

    public boolean conflicting() {
        return conflict != null;
    }
}
