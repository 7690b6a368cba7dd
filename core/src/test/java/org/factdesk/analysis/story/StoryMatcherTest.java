package org.factdesk.analysis.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.factdesk.analysis.Analysis;
import org.factdesk.analysis.SourceDocument;
import org.factdesk.analysis.extract.RuleBasedAnalyzer;
import org.factdesk.analysis.retrieval.MiniLmEmbeddings;
import org.junit.jupiter.api.Test;

class StoryMatcherTest {

    static final List<String> SEEDS = List.of("000_bf663e8572b57d44.txt", "001_199e5ac08dbcf22c.txt",
            "002_12d57e7f6210e6f8.txt", "003_1b585e5154195667.txt", "004_6b55d9e8d47e983b.txt");
    /** Invented: another event in Vladivostok, the city seed 002 names, a day later. */
    static final String TYPHOON = """
            Typhoon Khanun floods Vladivostok port

            A powerful typhoon struck Russia's far eastern port of Vladivostok on Thursday, flooding streets and \
            cutting power to 40,000 homes, the regional emergencies ministry said.
            Primorsky Krai governor Oleg Kozhemyako said rescue teams had evacuated 1,200 residents from low-lying \
            districts near the port. "The water rose faster than any forecast predicted," Kozhemyako told reporters.
            Ferries to Russky Island were cancelled and the airport closed for six hours. Kozhemyako said damage to \
            the port would be assessed once the storm passed.
            """;

    /** Invented: one fine reported by two outlets in other words, and another bank fined by the same authority. */
    static final String FINE_WIRE = """
            Regulator fines Nordbank 120 million euros over money laundering

            The Financial Supervisory Authority on Tuesday fined Nordbank 120 million euros for failing to stop \
            money laundering through its Baltic branches between 2015 and 2019, the largest penalty it has imposed.
            "The bank ignored warnings for years," the authority's director general Erik Lindqvist told reporters.
            Nordbank said it accepted the decision and had replaced its compliance team.
            """;
    static final String FINE_OTHER_WORDS = """
            Record penalty for Nordbank

            Sweden's financial watchdog has ordered Nordbank to pay a record 120 million euros after finding that the \
            lender's Baltic units let suspicious money flow for years. The Financial Supervisory Authority announced \
            the penalty on Tuesday. Director general Erik Lindqvist said the bank had ignored repeated warnings.
            """;
    static final String OTHER_BANK = """
            Regulator fines Skogsbank 30 million euros over weak controls

            The Financial Supervisory Authority on Tuesday fined Skogsbank 30 million euros for weak anti-money \
            laundering controls at its Stockholm headquarters, the second penalty it has imposed this year.
            Skogsbank said it would appeal. Its chief executive Anna Berg called the fine disproportionate.
            """;

    private final StoryMatcher matcher = new StoryMatcher();
    private final MiniLmEmbeddings model = MiniLmEmbeddings.shared();

    @Test
    void oneFineToldInOtherWordsIsOneStoryAndAnotherBanksFineIsAnother() {
        var wire = analyse("wire.txt", FINE_WIRE);
        var otherWords = analyse("paper.txt", FINE_OTHER_WORDS);
        var otherBank = analyse("other.txt", OTHER_BANK);
        assertTrue(compare(wire, otherWords).sameStory(), "the same fine");
        assertFalse(compare(wire, otherBank).sameStory(), "another bank's fine");
        assertFalse(compare(otherWords, otherBank).sameStory(), "another bank's fine");
    }

    private StoryMatcher.StoryComparison compare(Analysis a, Analysis b) {
        return matcher.compare(StorySignature.of(a), model.embed(StoryVector.text(a)), StorySignature.of(b),
                model.embed(StoryVector.text(b)));
    }

    @Test
    void allFiveSeedCopiesAreOneStory() {
        var signatures = SEEDS.stream().map(seed -> StorySignature.of(analyse(seed, read(seed)))).toList();
        for (var a : signatures) {
            for (var b : signatures) {
                assertTrue(matcher.compare(a, b).sameStory(), a + "\n" + b);
            }
        }
    }

    @Test
    void anotherEventInVladivostokStaysApart() {
        var typhoon = StorySignature.of(analyse("typhoon.txt", TYPHOON));
        var summit = StorySignature.of(analyse(SEEDS.get(2), read(SEEDS.get(2))));
        assertTrue(summit.places().contains("vladivostok") && typhoon.places().contains("vladivostok"),
                summit + "\n" + typhoon);
        for (var seed : SEEDS) {
            var comparison = matcher.compare(StorySignature.of(analyse(seed, read(seed))), typhoon);
            assertFalse(comparison.sameStory(), seed + " " + comparison);
        }
    }

    @Test
    void signatureSurvivesItsDatabaseColumn() {
        var signature = StorySignature.of(analyse(SEEDS.get(2), read(SEEDS.get(2))));
        var stored = signature.serialise();
        assertEquals(signature, StorySignature.parse(stored));
        assertTrue(stored.length() < 1024, stored);
    }

    private static Analysis analyse(String name, String text) {
        return new RuleBasedAnalyzer().analyze(SourceDocument.of(name, text));
    }

    static String read(String seed) {
        try (var in = StoryMatcherTest.class.getResourceAsStream("/org/factdesk/demo/seeds/" + seed)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
