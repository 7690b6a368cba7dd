package org.factdesk.analysis.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.factdesk.analysis.extract.AttributionRole;
import org.junit.jupiter.api.Test;

/** Brat standoff as PolNeAR writes it: code-point offsets, discontinuous spans, covered text over two lines. */
class PolnearCorpusTest {

    private static final String TEXT = "😀 Title\n“We won,” she said, “twice\nin a row.”\nPolls closed.";

    private static int at(String words) {
        var chars = TEXT.indexOf(words);
        return TEXT.codePointCount(0, chars);
    }

    private static String ann() {
        var content1 = at("We won,");
        var content2 = at("twice");
        var contentEnd = at("in a row.") + "in a row.".length();
        return "T1\tSource " + at("she") + " " + (at("she") + 3) + "\tshe\n"
                + "T2\tCue " + at("said") + " " + (at("said") + 4) + "\tsaid\n"
                + "T3\tContent " + content1 + " " + (content1 + 7) + ";" + content2 + " " + contentEnd
                + "\tWe won, twice\nin a row.\n"
                + "T4\tAttribution " + at("said") + " " + (at("said") + 4) + "\tsaid\n"
                + "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n"
                + "T5\tContent " + at("Polls") + " " + (at("Polls") + 13) + "\tPolls closed.\n"
                + "T6\tCue " + at("closed") + " " + (at("closed") + 6) + "\tclosed\n"
                + "T7\tAttribution-no-source " + at("closed") + " " + (at("closed") + 6) + "\tclosed\n"
                + "E2\tAttribution-no-source:T7 Content:T5 Cue:T6\n";
    }

    @Test
    void readsSpansRelationsAndCodePointOffsets() {
        var document = PolnearCorpus.parse("a", "ef2d", true, TEXT, ann());
        assertEquals(2, document.relations().size());
        var said = document.relations().get(0);
        var source = said.source().pieces().get(0);
        assertEquals("she", TEXT.substring(source.start(), source.end()));
        var pieces = said.contents().get(0).pieces();
        assertEquals(List.of("We won,", "twice\nin a row."),
                pieces.stream().map(p -> TEXT.substring(p.start(), p.end())).toList());
        assertNull(document.relations().get(1).source());
    }

    @Test
    void segmentsAreLinesAndASpanOverTwoIsOneSpanInEach() {
        var document = PolnearCorpus.parse("a", "ef2d", true, TEXT, ann());
        var segments = PolnearCorpus.segments(document);
        assertEquals(4, segments.size());
        var second = segments.get(1);
        var contentBegins = 0;
        for (var i = 0; i < second.tokens().size(); i++) {
            contentBegins += second.labels()[i] == AttributionRole.CONTENT.begin() ? 1 : 0;
        }
        // "We won," and "twice" begin two content spans in the second line; "in a row." begins the third's
        assertEquals(2, contentBegins);
        assertEquals(AttributionRole.CONTENT.begin(), segments.get(2).labels()[0]);
    }
}
