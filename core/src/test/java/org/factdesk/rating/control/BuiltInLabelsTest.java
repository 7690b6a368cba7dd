package org.factdesk.rating.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.factdesk.review.entity.Verdict;
import org.junit.jupiter.api.Test;

/** The labels Factdesk ships with come from the core bundle of each language; other languages read English. */
class BuiltInLabelsTest {

    @Test
    void eachLanguageReadsItsOwnLabels() {
        assertEquals("Mostly true", BuiltInLabels.of(Verdict.MOSTLY_TRUE, "en"));
        assertEquals("Überwiegend wahr", BuiltInLabels.of(Verdict.MOSTLY_TRUE, "de"));
        assertEquals("Nicht überprüfbar", BuiltInLabels.all("de").get(Verdict.UNVERIFIABLE));
    }

    @Test
    void aLanguageWithoutLabelsReadsTheEnglishOnes() {
        assertEquals("False", BuiltInLabels.of(Verdict.FALSE, "fr"));
        assertEquals("False", BuiltInLabels.of(Verdict.FALSE, null));
    }

    @Test
    void theEnglishLabelsAreTheOnesSearchEnginesHaveAlwaysRead() {
        for (var verdict : Verdict.values()) {
            assertEquals(verdict.label(), BuiltInLabels.of(verdict, "en"));
        }
    }
}
