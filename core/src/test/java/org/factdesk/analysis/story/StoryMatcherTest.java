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

    private final StoryMatcher matcher = new StoryMatcher();

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
