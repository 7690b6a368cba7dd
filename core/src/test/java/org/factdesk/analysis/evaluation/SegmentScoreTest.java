package org.factdesk.analysis.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SegmentScoreTest {

    @Test
    void countsAreSummedOverPagesBeforeTheRatios() {
        var score = new SegmentScore();
        score.add("The mayor  opened\nthe bridge on Sunday. Share this article",
                List.of("mayor opened the bridge", "on Sunday"), List.of("Share this article", "Cookie settings"));
        score.add("Rain is expected all week.", List.of("all week", "Storm warning lifted"), List.of("Subscribe now"));
        // tp 3 (two on page one, one on page two), fn 1, fp 1, tn 2
        assertEquals(3.0 / 4, score.precision(), 1e-9);
        assertEquals(3.0 / 4, score.recall(), 1e-9);
        assertEquals(0.75, score.f1(), 1e-9);
        assertEquals(5.0 / 7, score.accuracy(), 1e-9);
    }

    @Test
    void atMostSixSegmentsPerSideAndPageCount() {
        var score = new SegmentScore();
        score.add("", List.of("1", "2", "3", "4", "5", "6", "7"), List.of());
        assertEquals(0.0, score.recall());
        score.add("8", List.of("8"), List.of());
        assertEquals(1.0 / 7, score.recall(), 1e-9);
    }
}
