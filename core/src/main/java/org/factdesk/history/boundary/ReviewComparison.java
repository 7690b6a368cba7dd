package org.factdesk.history.boundary;

import java.util.List;

/** Two versions of a review side by side: the verdicts, a word-level diff of the rationale, and the evidence moved. */
public record ReviewComparison(ReviewVersion older, ReviewVersion newer, List<DiffSegment> rationale,
                               List<String> evidenceAdded, List<String> evidenceRemoved) {

    public ReviewComparison {
        rationale = List.copyOf(rationale);
        evidenceAdded = List.copyOf(evidenceAdded);
        evidenceRemoved = List.copyOf(evidenceRemoved);
    }

    public boolean verdictChanged() {
        return older.verdict() != newer.verdict();
    }

    public boolean rationaleChanged() {
        return rationale.stream().anyMatch(s -> s.kind() != DiffSegment.Kind.SAME);
    }
}
