package org.factdesk.analysis.evaluation;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class MetadataMatchTest {

    @Test
    void titlesMatchDespiteQuotesDashesCaseAndASiteSuffix() {
        assertTrue(MetadataMatch.sameTitle("Obama admits US gun laws are his 'biggest frustration'",
                "Obama admits US gun laws are his ‘biggest frustration’ – BBC News"));
        assertTrue(MetadataMatch.sameTitle("Lorem Ipsum  Dolor", "lorem ipsum dolor"));
    }

    @Test
    void aSiteNameOrAnotherHeadlineIsNotTheTitle() {
        assertFalse(MetadataMatch.sameTitle("Obama admits US gun laws are his 'biggest frustration'", "BBC News"));
        assertFalse(MetadataMatch.sameTitle("Kiel bans drilling", "Hamburg bans drilling"));
        assertFalse(MetadataMatch.sameTitle("Kiel bans drilling", null));
    }

    @Test
    void bylinesMatchWithoutByAndPunctuation() {
        assertTrue(MetadataMatch.sameByline("By Erin Cunningham", "Erin Cunningham"));
        assertTrue(MetadataMatch.sameByline("Jong, Michiel de", "Jong Michiel de"));
        assertFalse(MetadataMatch.sameByline("Stella Kim, Jennifer Jett, and Lee Ann", "Stella Kim"));
        assertFalse(MetadataMatch.sameByline("Jane Doe", ""));
    }

    @Test
    void datesMatchOnTheDayThePageWrote() {
        assertTrue(MetadataMatch.sameDate("2015-07-24T05:36:09+01:00", LocalDate.of(2015, 7, 24)));
        assertFalse(MetadataMatch.sameDate("2015-07-24T05:36:09+01:00", LocalDate.of(2015, 7, 23)));
        assertFalse(MetadataMatch.sameDate("yesterday", LocalDate.of(2015, 7, 23)));
        assertFalse(MetadataMatch.sameDate("2015-07-24", null));
    }
}
