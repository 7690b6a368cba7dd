package org.factdesk.analysis.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordDiffTest {

    private final WordDiff diff = new WordDiff();

    @Test
    void quoteVariantsSplitIntoSharedAndDifferentRuns() {
        var segments = diff.diff("Thank you for inviting us, despite your tight schedule",
                "Thank you for inviting us, despite being busy");
        assertEquals(List.of(new WordDiff.Segment(true, "Thank you for inviting us, despite",
                        "Thank you for inviting us, despite"),
                new WordDiff.Segment(false, "your tight schedule", "being busy")), segments);
    }

    @Test
    void curlyQuotesCaseAndPunctuationDoNotCountAsDifferences() {
        var segments = diff.diff("“They have time,” he said.", "\"they have time\" he said");
        assertEquals(1, segments.size(), segments.toString());
        assertTrue(segments.get(0).same());
        assertEquals(1.0, diff.overlap(segments));
    }

    @Test
    void wordsOnlyOneSideHasStandAgainstAnEmptySide() {
        var segments = diff.diff("leaders met in Vladivostok", "leaders met");
        assertEquals(new WordDiff.Segment(false, "in Vladivostok", ""), segments.get(1));
    }
}
