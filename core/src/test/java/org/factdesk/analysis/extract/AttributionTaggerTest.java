package org.factdesk.analysis.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The shipped attribution tagger on sentences written for this test, and on input no article looks like. */
class AttributionTaggerTest {

    private final AttributionTagger tagger = AttributionTagger.shipped();

    private static List<String> spans(String text, AttributionTagger.Reading reading, AttributionRole role) {
        return reading.spans().stream().filter(s -> s.role() == role).map(s -> text.substring(s.start(), s.end())).toList();
    }

    private AttributionTagger.Reading read(String text) {
        return tagger.read(text, 0, text.length());
    }

    @Test
    void findsWhoSaidAQuoteAndThroughWhichVerb() {
        var text = "“The bridge will reopen before Christmas,” the mayor said on Tuesday.";
        var reading = read(text);
        assertEquals(List.of("the mayor"), spans(text, reading, AttributionRole.SOURCE));
        assertEquals(List.of("said"), spans(text, reading, AttributionRole.CUE));
        var attribution = reading.attributions().get(0);
        assertEquals("the mayor", text.substring(attribution.source().start(), attribution.source().end()));
        assertTrue(text.substring(attribution.content().get(0).start(), attribution.content().get(0).end())
                .contains("The bridge will reopen"));
    }

    @Test
    void findsTheSourceOfReportedSpeechBeforeAndAfterItsContent() {
        var text = "Health Secretary Amal Haddad said hospital waiting lists fell by 12 percent in March.";
        assertEquals(List.of("Health Secretary Amal Haddad"), spans(text, read(text), AttributionRole.SOURCE));
        var according = "Three people died in the crash near Lyon, according to police.";
        assertEquals(List.of("police"), spans(according, read(according), AttributionRole.SOURCE));
    }

    @Test
    void readsOnlyTheParagraphItIsGivenAndKeepsOffsetsInIt() {
        var text = "Intro line.\n\n\"We have no plans to sell,\" the company said.\n\nLast line.";
        var from = text.indexOf('"');
        var to = text.indexOf("\n\nLast");
        var reading = tagger.read(text, from, to);
        assertTrue(reading.spans().stream().allMatch(s -> s.start() >= from && s.end() <= to), reading.spans().toString());
        assertEquals(List.of("the company"), spans(text, reading, AttributionRole.SOURCE));
    }

    @Test
    void hostileInputGivesWellFormedReadings() {
        var junk = new StringBuilder();
        for (var i = 0; i < 60_000; i++) {
            junk.append((char) (i % 7 == 0 ? '"' : i % 5 == 0 ? '“' : i % 3 == 0 ? ' ' : 0x20 + i % 90));
        }
        for (var text : List.of("", "   ", "\u0000\u0001\u0002", "said said said", "\"\"\"\"", junk.toString(),
                "😀 said 😀".repeat(1000))) {
            var reading = read(text);
            assertEquals(reading.tokens().size(), reading.labels().length);
            for (var span : reading.spans()) {
                assertTrue(span.start() < span.end() && span.end() <= text.length(), span.toString());
                assertTrue(AttributionRole.begins(reading.labels()[span.firstToken()]), span.toString());
            }
        }
    }
}
