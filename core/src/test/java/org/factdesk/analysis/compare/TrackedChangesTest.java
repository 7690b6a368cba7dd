package org.factdesk.analysis.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.factdesk.analysis.compare.WordDiff.Change;
import org.factdesk.analysis.compare.WordDiff.ChangeKind;
import org.junit.jupiter.api.Test;

/** A newer version of a text against an older one, as an editor reads a tracked change (a review's rationale). */
class TrackedChangesTest {

    @Test
    void aChangedFigureIsOneWordStruckOutAndOneWordAdded() {
        assertEquals(List.of(new Change(ChangeKind.SAME, "They plan "), new Change(ChangeKind.REMOVED, "40"),
                        new Change(ChangeKind.ADDED, "12"), new Change(ChangeKind.SAME, " schools by 2027.")),
                WordDiff.changes("They plan 40 schools by 2027.", "They plan 12 schools by 2027."));
    }

    @Test
    void insertedAndDeletedPhrasesAreWholeRuns() {
        var diff = WordDiff.changes("The plan funds schools.", "The plan quietly funds new schools.");

        assertEquals("The plan funds schools.", text(diff, ChangeKind.ADDED));
        assertEquals("The plan quietly funds new schools.", text(diff, ChangeKind.REMOVED));
        assertEquals(List.of("quietly", "new"), diff.stream().filter(c -> c.kind() == ChangeKind.ADDED).map(s -> s.text().strip()).toList());
    }

    @Test
    void identicalTextsAndEmptySidesAreHandled() {
        assertEquals(List.of(new Change(ChangeKind.SAME, "Same words.")), WordDiff.changes("Same words.", "Same words."));
        assertEquals(List.of(new Change(ChangeKind.ADDED, "New rationale.")), WordDiff.changes(null, "New rationale."));
        assertEquals(List.of(new Change(ChangeKind.REMOVED, "Old.")), WordDiff.changes("Old.", ""));
    }

    @Test
    void twoLongUnrelatedTextsStayWithinBoundsAndStillReadBackWhole() {
        var older = "alpha ".repeat(2500);
        var newer = "beta ".repeat(2500);

        var diff = WordDiff.changes(older, newer);

        assertEquals(older, text(diff, ChangeKind.ADDED));
        assertEquals(newer, text(diff, ChangeKind.REMOVED));
        assertTrue(diff.size() <= 3, "a replaced middle is shown as one removal and one addition");
    }

    /** One side of the diff read back: everything but the other side's own words. */
    private static String text(List<Change> diff, ChangeKind leaveOut) {
        var out = new StringBuilder();
        diff.stream().filter(s -> s.kind() != leaveOut).forEach(s -> out.append(s.text()));
        return out.toString();
    }
}
