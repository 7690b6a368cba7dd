package org.factdesk.analysis.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.factdesk.analysis.Analysis;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

    private final QuoteFinder quotes = new QuoteFinder();
    private final SentenceSplitter splitter = new SentenceSplitter();

    private List<String> split(String text) {
        return splitter.split(text, quotes.findAll(text)).stream().map(Analysis.Sentence::text).toList();
    }

    @Test
    void keepsTitlesInitialsAndMonthsInsideSentences() {
        assertEquals(List.of("Mr. Smith met Dr. Jones in Jan. 2024 at St. Mary's.", "They talked for an hour."),
                split("Mr. Smith met Dr. Jones in Jan. 2024 at St. Mary's. They talked for an hour."));
        assertEquals(List.of("J. K. Rowling visited N. Korea on Tuesday.", "Nobody noticed."),
                split("J. K. Rowling visited N. Korea on Tuesday. Nobody noticed."));
    }

    @Test
    void endsAtDottedAcronymOnlyWhenANewSentenceClearlyStarts() {
        assertEquals(List.of("The U.S. Senate voted.", "It passed."), split("The U.S. Senate voted. It passed."));
        assertEquals(List.of("Troops left the U.S.", "The base closed."), split("Troops left the U.S. The base closed."));
    }

    @Test
    void keepsDecimalsAndNumbers() {
        assertEquals(List.of("Growth was 3.5 percent, up from 2.1 in 2022.", "No. 10 said nothing."),
                split("Growth was 3.5 percent, up from 2.1 in 2022. No. 10 said nothing."));
    }

    @Test
    void keepsAQuoteOfSeveralSentencesWithItsAttribution() {
        var text = "\"We are ready. The talks start now. [We] will not wait,\" the minister said. Nobody replied.";
        assertEquals(List.of("\"We are ready. The talks start now. [We] will not wait,\" the minister said.",
                "Nobody replied."), split(text));
        assertEquals(List.of("“It is done. Really done,” she said.", "He left."),
                split("“It is done. Really done,” she said. He left."));
    }

    @Test
    void breaksAfterAQuoteThatEndsTheSentence() {
        assertEquals(List.of("She said: \"We won.\"", "Then she left."), split("She said: \"We won.\" Then she left."));
    }

    @Test
    void aParagraphBreakAlwaysEndsASentence() {
        assertEquals(List.of("Budget approved", "The council voted on Monday."),
                split("Budget approved\n\nThe council voted on Monday."));
    }

    @Test
    void brokenQuotesDoNotSwallowTheParagraph() {
        assertEquals(List.of("Putin said: “That’s why we came.", "“The leader is interested,” he said."),
                split("Putin said: “That’s why we came. “The leader is interested,” he said."));
    }

    @Test
    void offsetsMatchTheText() {
        var text = "  First one.   Second one!\n\nThird?  ";
        var sentences = splitter.split(text, quotes.findAll(text));
        assertEquals(3, sentences.size());
        for (var sentence : sentences) {
            assertEquals(sentence.text(), text.substring(sentence.start(), sentence.end()));
        }
    }
}
