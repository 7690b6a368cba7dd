package org.factdesk.analysis.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.factdesk.analysis.ScoreReason;
import org.factdesk.analysis.extract.CheckWorthiness.Genre;
import org.junit.jupiter.api.Test;

class CheckWorthinessTest {

    private final CheckWorthiness worthiness = new CheckWorthiness();

    private static Optional<ScoreReason> reason(CheckWorthiness.Assessment assessment, String code) {
        return assessment.reasons().stream().filter(r -> r.code().equals(code)).findFirst();
    }

    @Test
    void aStatisticRaisesTheScoreAndSaysSo() {
        var withFigure = worthiness.assess("Unemployment fell to 4.1 percent in March, the lowest rate since 2008.");
        var without = worthiness.assess("Unemployment fell in March.");
        assertTrue(withFigure.score() >= 0.8, String.valueOf(withFigure.score()));
        assertTrue(withFigure.score() > without.score(), withFigure.score() + " vs " + without.score());
        var figure = reason(withFigure, "worthiness.number").orElseThrow();
        assertTrue(figure.raises(), withFigure.reasons().toString());
        assertEquals(List.of("4.1"), figure.arguments());
        assertTrue(reason(withFigure, "worthiness.statistic").orElseThrow().raises(), withFigure.reasons().toString());
    }

    @Test
    void aQuestionOrAnOpinionLowersTheScoreAndSaysSo() {
        var question = worthiness.assess("Should we perhaps think about it again?");
        assertTrue(question.score() < 0.35, String.valueOf(question.score()));
        assertFalse(reason(question, "worthiness.question").orElseThrow().raises(), question.reasons().toString());
        var opinion = worthiness.assess("I think we need to do much better for our families.");
        assertTrue(opinion.score() < 0.5, String.valueOf(opinion.score()));
        assertFalse(reason(opinion, "worthiness.opinion").orElseThrow().raises(), opinion.reasons().toString());
        var statement = worthiness.assess("The council cut the schools budget by 12 percent in 2023.");
        assertTrue(statement.score() > opinion.score() && statement.score() > question.score());
    }

    @Test
    void aPostOfHashtagsAloneIsNotWorthChecking() {
        for (var genre : Genre.values()) {
            var tags = worthiness.assess("#COVID19 #StayHome #coronavirus #lockdown", genre);
            assertTrue(tags.score() < 0.5, genre + " " + tags.score());
        }
        var post = worthiness.assess("The WHO says 3,000 people have died of #COVID19 in China, 50 of them in"
                + " the last day. https://t.co/abc123", Genre.TWEET);
        assertTrue(post.score() >= 0.5, String.valueOf(post.score()));
    }

    @Test
    void handlesAndLinksAreReadAsKindsNotAsNames() {
        var one = worthiness.assess("@alice The ministry reported 120 new cases today https://t.co/x1", Genre.TWEET);
        var other = worthiness.assess("@bob The ministry reported 120 new cases today https://example.org/y",
                Genre.TWEET);
        assertEquals(one.score(), other.score());
    }

    @Test
    void reasonsComeStrongestFirstRaisedBeforeLoweredAndTheirSignsFollowTheScore() {
        var assessment = worthiness.assess("Unemployment fell to 4.1 percent in March, I think, but who knows?");
        var reasons = assessment.reasons();
        assertFalse(reasons.isEmpty());
        var firstLowered = reasons.stream().filter(r -> !r.raises()).findFirst().map(reasons::indexOf)
                .orElse(reasons.size());
        for (var i = 0; i < reasons.size(); i++) {
            assertEquals(i < firstLowered, reasons.get(i).raises(), reasons.toString());
            if (i > 0 && i != firstLowered) {
                assertTrue(Math.abs(reasons.get(i).weight()) <= Math.abs(reasons.get(i - 1).weight()),
                        reasons.toString());
            }
        }
        // taking away what raised the score lowers it; taking away what lowered it raises it
        var raised = worthiness.assess("Unemployment fell in March, I think, but who knows?");
        assertTrue(raised.score() < assessment.score(), raised.score() + " vs " + assessment.score());
        var lowered = worthiness.assess("Unemployment fell to 4.1 percent in March.");
        assertTrue(lowered.score() > assessment.score(), lowered.score() + " vs " + assessment.score());
    }

    @Test
    void reasonsReadInTheReadersLanguage() {
        var assessment = worthiness.assess("Unemployment fell to 4.1 percent in March.");
        var figure = reason(assessment, "worthiness.number").orElseThrow();
        assertEquals("a figure (4.1)", figure.text(Locale.ENGLISH));
        assertEquals("eine Zahl (4.1)", figure.text(Locale.GERMAN));
        var question = reason(worthiness.assess("Is that true?"), "worthiness.question").orElseThrow();
        assertEquals("eine Frage", question.text(Locale.GERMAN));
    }

    @Test
    void reasonsSurviveTheirStoredForm() {
        var reasons = worthiness.assess("\"We will cut taxes by 20%,\" the minister said on Monday.", true, true,
                false).reasons();
        assertEquals(reasons, ScoreReason.decode(ScoreReason.encode(reasons)));
        assertTrue(ScoreReason.encode(reasons).length() < 500, ScoreReason.encode(reasons));
        assertEquals(List.of(), ScoreReason.decode("number, date"));
        assertEquals(List.of(), ScoreReason.decode("[[\"x\""));
    }

    @Test
    void quotedAndAttributedStatementsScoreHigherAndSayWhy() {
        var text = "The new line will carry 40,000 passengers a day.";
        var plain = worthiness.assess(text);
        var quoted = worthiness.assess(text, true, true, false);
        assertTrue(quoted.score() > plain.score());
        assertTrue(reason(quoted, "worthiness.quote").orElseThrow().raises(), quoted.reasons().toString());
    }

    @Test
    void modelNumbersAreNotFigures() {
        assertFalse(worthiness.assess("The Soyuz-2 rocket stood on the pad.").number());
        assertTrue(worthiness.assess("They mark 75 years of relations.").number());
    }

    @Test
    void scoresStayWithinBoundsAndAreTheSameEveryTime() {
        var hostile = List.of("", " ", "?", "\u0000\u0001\u0002", "#", "@", "https://", "1".repeat(100_000),
                "word ".repeat(200_000), "In 2019 the first 12% more than ever, Mr Smith said on Monday.",
                "\uD83D\uDE00\uD83D\uDE00", "<div><p>broken");
        var other = new CheckWorthiness();
        for (var text : hostile) {
            for (var genre : Genre.values()) {
                var assessment = worthiness.assess(text, genre);
                assertTrue(assessment.score() >= 0 && assessment.score() <= 1, text + ": " + assessment.score());
                assertEquals(assessment, worthiness.assess(text, genre));
                assertEquals(assessment, other.assess(text, genre));
            }
        }
        var everything = worthiness.assess("In 2019 the first 12% more than ever, Mr Smith said on Monday.",
                true, true, true);
        assertTrue(everything.score() <= 1.0 && everything.score() >= 0.9, String.valueOf(everything.score()));
        assertTrue(worthiness.assess(null).score() >= 0);
    }

    @Test
    void aStatementWithWordsAlwaysHasAReason() {
        for (var text : List.of("Thank you.", "Good evening, everyone.", "Yes.", "The vote is on Tuesday.")) {
            assertFalse(worthiness.assess(text).reasons().isEmpty(), text);
        }
    }
}
