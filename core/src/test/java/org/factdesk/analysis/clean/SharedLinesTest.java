package org.factdesk.analysis.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.factdesk.analysis.LineFingerprint;
import org.junit.jupiter.api.Test;

/** Lines an import's documents share are chrome only between documents about different stories. */
class SharedLinesTest {

    private static final String CHROME = "Sign up for the Morning Tide newsletter";
    private static final String QUOTE = "\"We will not back down,\" union secretary Mark Ellison said on Monday.";

    private static SharedLines.Document document(String text, String... lines) {
        return new SharedLines.Document(java.util.Arrays.stream(lines).map(LineFingerprint::of).toList(), text);
    }

    @Test
    void aLinePrintedAroundTwoDifferentStoriesIsSeenAndTheStoriesOwnLinesAreNot() {
        var strike = document("Dock workers at Eastmouth and Kelby walked out. Mark Ellison of the Dockers' Union "
                + "said the Port Authority offered too little.", CHROME, QUOTE, "Dock workers at Eastmouth walked out.");
        var bakery = document("A new bakery opened on Harbour Street in Northam. Owner Lucia Ferrante said Saturday "
                + "queues reached the Town Hall.", CHROME, "A new bakery opened on Harbour Street.");
        var seen = SharedLines.of(List.of(strike, bakery));
        assertEquals(1, seen.get(0).count(LineFingerprint.of(CHROME)));
        assertEquals(0, seen.get(0).count(LineFingerprint.of(QUOTE)));
        assertEquals(1, seen.get(1).documents());
        assertTrue(seen.get(1).share(LineFingerprint.of(CHROME)) > 0);
    }

    @Test
    void copiesOfOneStoryNeverCountForEachOther() {
        var first = document("Dock workers at Eastmouth, Kelby and Northam walked out on Monday. Mark Ellison of the "
                + "Dockers' Union spoke outside the gates.", QUOTE, CHROME);
        var second = document("Strike hits Eastmouth, Kelby and Northam as Mark Ellison and the Dockers' Union reject "
                + "the offer.", QUOTE, "Other chrome of another outlet");
        var seen = SharedLines.of(List.of(first, second));
        assertEquals(0, seen.get(0).count(LineFingerprint.of(QUOTE)));
        assertEquals(0, seen.get(0).documents());
        assertTrue(SharedLines.sameStory(SharedLines.names(first.cleanedText()),
                SharedLines.names(second.cleanedText())));
    }

    @Test
    void namesAreCapitalisedWordsInsideSentences() {
        var names = SharedLines.names("The mayor of Lowbridge met Helen Carter. Engineers said Monday was dry.");
        assertTrue(names.containsAll(List.of("Lowbridge", "Helen", "Carter")));
        assertFalse(names.contains("Engineers"), "opens a sentence");
        assertFalse(names.contains("The"));
        assertFalse(names.contains("Monday"), "a function word of the calendar");
    }

    @Test
    void twoCopiesOfOneStoryPrintingTheSameLinesAreNoChromeForEachOther() {
        var lead = "Dock workers at Eastmouth walked out on Monday.";
        var text = lead + "\n\n" + QUOTE;
        var wire = document(text, lead, QUOTE, CHROME);
        var reprint = document(text, lead, QUOTE, "Other chrome of another outlet");
        var seen = SharedLines.of(List.of(wire, reprint));
        assertEquals(0, seen.get(0).count(LineFingerprint.of(QUOTE)));
        assertEquals(0, seen.get(1).count(LineFingerprint.of(lead)));
    }
}
