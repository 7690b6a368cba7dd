package org.factdesk.publication.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SearchWordsTest {

    @Test
    void wordsAreLetterAndDigitRunsInLowerCase() {
        assertEquals(List.of("putin", "kim", "2023"), SearchWords.of("  Putin, KIM  (2023) "));
        assertEquals(List.of("überschwemmung", "in", "köln"), SearchWords.of("Überschwemmung in… Köln"));
    }

    @Test
    void nothingTypedCanActAsAWildcard() {
        assertEquals(List.of("50", "off"), SearchWords.of("50% off_"));
        assertEquals(List.of(), SearchWords.of("%_\\"));
        assertEquals(List.of(), SearchWords.of(null));
    }

    @Test
    void theWordsAreBounded() {
        assertEquals(SearchWords.MAX_WORDS, SearchWords.of("one two three four five six").size());
        assertEquals(List.of("one", "two"), SearchWords.of("one two one TWO"));
        assertEquals(40, SearchWords.of("x".repeat(500)).get(0).length());
    }
}
