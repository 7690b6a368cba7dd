package org.factdesk.analysis.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ShingleScoreTest {

    private static final String GOLD = "The council approved the budget on Monday after a long debate about schools.";

    @Test
    void identicalTokensScoreOneWhateverThePunctuationAndSpacing() {
        var score = new ShingleScore();
        score.add(GOLD, "The council approved the budget -- on Monday,\n\nafter a long debate about schools");
        assertEquals(1.0, score.precision());
        assertEquals(1.0, score.recall());
        assertEquals(1.0, score.accuracy());
    }

    @Test
    void boilerplateCostsPrecisionAndCutsCostRecall() {
        var withMenu = new ShingleScore();
        withMenu.add(GOLD, "Home News Sport Weather " + GOLD);
        assertEquals(1.0, withMenu.recall());
        assertEquals(10.0 / 14, withMenu.precision(), 1e-9);
        assertEquals(0.0, withMenu.accuracy());

        var cut = new ShingleScore();
        cut.add(GOLD, "The council approved the budget on Monday");
        assertEquals(1.0, cut.precision());
        assertEquals(4.0 / 10, cut.recall(), 1e-9);
    }

    @Test
    void repeatedShinglesCountOnlyAsOftenAsInTheGold() {
        var score = new ShingleScore();
        score.add("a b c d", "a b c d a b c d");
        assertEquals(1.0 / 5, score.precision(), 1e-9);
        assertEquals(1.0, score.recall());
    }

    @Test
    void anEmptyExtractionScoresZeroAndTwoEmptyTextsScoreOne() {
        var missed = new ShingleScore();
        missed.add(GOLD, "");
        assertEquals(0.0, missed.f1());
        var bothEmpty = new ShingleScore();
        bothEmpty.add("", "");
        assertEquals(1.0, bothEmpty.f1());
    }

    @Test
    void precisionAndRecallAreAveragedOverPagesBeforeF1() {
        var score = new ShingleScore();
        score.add(GOLD, GOLD);
        score.add(GOLD, "");
        assertEquals(0.5, score.precision());
        assertEquals(0.5, score.recall());
        assertEquals(0.5, score.f1(), 1e-9);
        assertEquals(0.5, score.accuracy());
    }
}
