package org.factdesk.analysis.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteFinderTest {

    private final QuoteFinder finder = new QuoteFinder();

    private List<String> quoted(String text) {
        return finder.findAll(text).stream().map(q -> text.substring(q.contentStart(), q.contentEnd())).toList();
    }

    @Test
    void readsStraightAndCurlyDoubleQuotes() {
        assertEquals(List.of("We agree,", "sensitive"),
                quoted("\"We agree,\" he said of the \"sensitive\" issues."));
        assertEquals(List.of("We agree,", "sensitive"), quoted("“We agree,” he said of the “sensitive” issues."));
    }

    @Test
    void readsSingleQuotesButNotApostrophes() {
        assertEquals(List.of("proud", "sensitive topics"),
                quoted("Putin said he is 'proud' of the country's work on ‘sensitive topics’, Russia’s envoy added."));
        assertTrue(quoted("The leaders’ meeting was Russia’s idea and Kim's plan.").isEmpty());
    }

    @Test
    void anOpenerInsideAnOpenQuoteClosesIt() {
        var quotes = finder.findAll("Putin said: “That’s why we came. “The leader is interested,” he said.");
        assertEquals(2, quotes.size());
        assertFalse(quotes.get(0).closed());
        assertTrue(quotes.get(1).closed());
    }

    @Test
    void aCloserWithoutOpenerQuotesFromTheParagraphStart() {
        assertEquals(List.of("There are limits. We respect them,"),
                quoted("There are limits. We respect them,\" the minister noted."));
    }

    @Test
    void quotesNeverCrossParagraphs() {
        var quotes = finder.findAll("He said \"we are\n\nready\" today.");
        assertTrue(quotes.stream().allMatch(q -> q.end() <= 15 || q.start() >= 17), quotes.toString());
    }
}
