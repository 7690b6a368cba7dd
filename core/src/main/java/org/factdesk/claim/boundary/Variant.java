package org.factdesk.claim.boundary;

import java.util.List;
import org.factdesk.analysis.compare.WordDiff;

/**
 * The same statement as another outlet's copy of the story has it, aligned word by word with this claim.
 *
 * @param conflicts every value the two disagree on, in the order found; empty when they agree
 */
public record Variant(long claimId, String text, String outlet, long articleId, double similarity,
                      List<WordDiff.Segment> segments, List<VariantConflict> conflicts) {

    public Variant {
        conflicts = List.copyOf(conflicts);
    }

    public boolean conflicting() {
        return !conflicts.isEmpty();
    }
}
