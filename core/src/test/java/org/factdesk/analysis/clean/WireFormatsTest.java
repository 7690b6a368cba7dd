package org.factdesk.analysis.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Datelines and credit lines in the formats wire services and the papers that reprint them use. */
class WireFormatsTest {

    private static WireFormats.Dateline dateline(String paragraph) {
        return WireFormats.dateline(paragraph).orElseThrow(() -> new AssertionError("no dateline in " + paragraph));
    }

    @Test
    void readsThePlaceTheDateAndTheAgencyOfADateline() {
        var reuters = dateline("LONDON (Reuters) - Dock workers at three ports walked out on Monday.");
        assertEquals("LONDON (Reuters)", reuters.text());
        assertEquals("Reuters", reuters.agency());

        var afp = dateline("PARIS, June 9 (AFP) — The river rose by two metres overnight, officials said.");
        assertEquals("PARIS, June 9 (AFP)", afp.text());
        assertEquals("June 9", afp.date());
        assertEquals("AFP", afp.agency());

        var dpa = dateline("HAMBURG, 9 June (dpa) -- Container ships queued outside the harbour.");
        assertEquals("9 June", dpa.date());
        assertEquals("dpa", dpa.agency());

        var ap = dateline("SAN JOSE, Costa Rica (AP) — Voters chose a new president on Sunday.");
        assertEquals("SAN JOSE, Costa Rica (AP)", ap.text());
        assertEquals("AP", ap.agency());

        var tass = dateline("MOSCOW, June 9. /TASS/. The regulator fined the bank 3 billion roubles.");
        assertEquals("TASS", tass.agency());
        assertEquals("June 9", tass.date());

        var withYear = dateline("BRUSSELS, Sept. 13, 2023 (Belga) - Ministers met again.");
        assertEquals("Sept. 13, 2023", withYear.date());
    }

    @Test
    void aDatelineWithoutAgencyIsStillADateline() {
        var plain = dateline("WASHINGTON — Lawmakers passed the budget late on Friday.");
        assertEquals("WASHINGTON", plain.text());
        assertEquals(null, plain.agency());
        assertEquals("NEW DELHI", dateline("NEW DELHI: The court adjourned the hearing to July.").text());
        assertEquals("Kyiv, 9 June (Ukrinform)", dateline("Kyiv, 9 June (Ukrinform) – Air defence was active.")
                .text());
    }

    @Test
    void anOrdinarySentenceIsNoDateline() {
        for (var sentence : List.of("Maria Lopez - the fire chief - said the dam held.",
                "The union said: we will strike until the offer improves.",
                "Turnout was 61% - the highest since 1998.",
                "In Lyon - as in Paris - the shops stayed closed.")) {
            assertTrue(WireFormats.dateline(sentence).isEmpty(), sentence);
        }
    }

    @Test
    void creditLinesAreRecognisedAndTheirReportersRead() {
        assertEquals(List.of("Jane Doe", "Omar Haddad"),
                WireFormats.reporters("Reporting by Jane Doe in Rotterdam and Omar Haddad; Editing by Bob Stone"));
        assertEquals(List.of("Jane Doe", "Li Wei"),
                WireFormats.reporters("(Reporting by Jane Doe; Additional reporting by Li Wei; Editing by Bob Stone)"));
        assertEquals(List.of("Ana Sousa"), WireFormats.reporters("Writing by Ana Sousa; editing by Tom Hale."));
        assertEquals(List.of("Pierre Martin"), WireFormats.reporters("Pierre Martin contributed to this report."));
        assertEquals(List.of("Kim Larsen", "Eva Holm"),
                WireFormats.reporters("Associated Press writers Kim Larsen in Oslo and Eva Holm contributed."));
        assertEquals(List.of("Sara Ndlovu", "Peter Okafor"),
                WireFormats.reporters("Sara Ndlovu and Peter Okafor contributed reporting."));
        assertEquals(List.of("our Moscow correspondent"), WireFormats.reporters("By our Moscow correspondent"));
        assertEquals(List.of("Our Staff Reporter"), WireFormats.reporters("By Our Staff Reporter"));
        assertEquals(List.of("our correspondent in Paris"), WireFormats.reporters("From our correspondent in Paris"));
    }

    @Test
    void sentencesAboutReportingAreNoCreditLines() {
        for (var sentence : List.of("Reporting by local media suggested the dam had cracked weeks ago.",
                "The union contributed to this report by the ministry, officials said, and many others helped.",
                "Our correspondent saw at least 40 ships waiting outside the port on Monday.",
                "By Friday the strike had spread to five ports.")) {
            assertFalse(WireFormats.isCredit(sentence), sentence);
        }
    }
}
