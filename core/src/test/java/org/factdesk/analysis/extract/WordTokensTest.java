package org.factdesk.analysis.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Tokens split where a speaker's span can end: before a possessive or a negation, after a closing quote. */
class WordTokensTest {

    private static List<String> words(String text) {
        return WordTokens.of(text).stream().map(WordTokens.Token::text).toList();
    }

    @Test
    void possessivesAndNegationsAreWordsOfTheirOwn() {
        assertEquals(List.of("Trump", "’s", "campaign", "does", "n't", "agree"), words("Trump’s campaign doesn't agree"));
        assertEquals(List.of("They", "'re", "here"), words("They're here"));
    }

    @Test
    void abbreviationsInitialsAndFiguresKeepTheirPoints() {
        assertEquals(List.of("Mr.", "Smith", "of", "the", "U.S.", "said", "3.5", "percent", "."),
                words("Mr. Smith of the U.S. said 3.5 percent."));
        assertEquals(List.of("John", "F.", "Kennedy", "won", "1,000", "votes"), words("John F. Kennedy won 1,000 votes"));
    }

    @Test
    void quotationMarksAndDashesStandAlone() {
        assertEquals(List.of("“", "We", "won", ",", "”", "she", "said", "—", "twice"), words("“We won,” she said —twice"));
    }

    @Test
    void offsetsPointIntoTheText() {
        var text = "  “Hello,” said Dr. Ana Lima-Costa.  ";
        for (var token : WordTokens.of(text)) {
            assertEquals(token.text(), text.substring(token.start(), token.end()));
        }
    }
}
