package org.factdesk.analysis.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CheckWorthinessTest {

    private final CheckWorthiness worthiness = new CheckWorthiness();

    @Test
    void figuresComparisonsAndFirstsScoreHigh() {
        var assessment = worthiness.assess("Unemployment fell to 4.1 percent in March, the lowest rate since 2008.",
                false, false, false);
        assertTrue(assessment.reasons().containsAll(List.of("number", "statistic", "date", "comparison",
                "superlative")), assessment.reasons().toString());
        assertTrue(assessment.score() >= 0.8, String.valueOf(assessment.score()));
    }

    @Test
    void opinionsAndQuestionsScoreLow() {
        var assessment = worthiness.assess("Should we perhaps think about it again?", false, false, false);
        assertTrue(assessment.reasons().containsAll(List.of("hedged", "question")));
        assertTrue(assessment.score() < 0.35, String.valueOf(assessment.score()));
    }

    @Test
    void modelNumbersAreNotFigures() {
        assertFalse(worthiness.assess("The Soyuz-2 rocket stood on the pad.", false, false, false).number());
        assertTrue(worthiness.assess("They mark 75 years of relations.", false, false, false).number());
    }

    @Test
    void scoresStayWithinBounds() {
        var everything = worthiness.assess("In 2019 the first 12% more than ever, Mr Smith said on Monday.",
                true, true, true);
        assertTrue(everything.score() <= 1.0 && everything.score() >= 0.9, String.valueOf(everything.score()));
    }
}
