package org.factdesk.history.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.factdesk.history.boundary.DiffSegment;
import org.factdesk.history.boundary.DiffSegment.Kind;
import org.junit.jupiter.api.Test;

class WordDiffTest {

    @Test
    void aChangedFigureIsOneWordStruckOutAndOneWordAdded() {
        assertEquals(List.of(new DiffSegment(Kind.SAME, "They plan "), new DiffSegment(Kind.REMOVED, "40"),
                        new DiffSegment(Kind.ADDED, "12"), new DiffSegment(Kind.SAME, " schools by 2027.")),
                WordDiff.between("They plan 40 schools by 2027.", "They plan 12 schools by 2027."));
    }

    @Test
    void insertedAndDeletedPhrasesAreWholeRuns() {
        var diff = WordDiff.between("The plan funds schools.", "The plan quietly funds new schools.");

        assertEquals("The plan funds schools.", text(diff, Kind.ADDED));
        assertEquals("The plan quietly funds new schools.", text(diff, Kind.REMOVED));
        assertEquals(List.of("quietly", "new"), diff.stream().filter(DiffSegment::isAdded).map(s -> s.text().strip()).toList());
    }

    @Test
    void identicalTextsAndEmptySidesAreHandled() {
        assertEquals(List.of(new DiffSegment(Kind.SAME, "Same words.")), WordDiff.between("Same words.", "Same words."));
        assertEquals(List.of(new DiffSegment(Kind.ADDED, "New rationale.")), WordDiff.between(null, "New rationale."));
        assertEquals(List.of(new DiffSegment(Kind.REMOVED, "Old.")), WordDiff.between("Old.", ""));
    }

    @Test
    void twoLongUnrelatedTextsStayWithinBoundsAndStillReadBackWhole() {
        var older = "alpha ".repeat(2500);
        var newer = "beta ".repeat(2500);

        var diff = WordDiff.between(older, newer);

        assertEquals(older, text(diff, Kind.ADDED));
        assertEquals(newer, text(diff, Kind.REMOVED));
        assertTrue(diff.size() <= 3, "a replaced middle is shown as one removal and one addition");
    }

    /** One side of the diff read back: everything but the other side's own words. */
    private static String text(List<DiffSegment> diff, Kind leaveOut) {
        var out = new StringBuilder();
        diff.stream().filter(s -> s.kind() != leaveOut).forEach(s -> out.append(s.text()));
        return out.toString();
    }
}
