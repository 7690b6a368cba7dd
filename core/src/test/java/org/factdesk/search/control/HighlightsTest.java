package org.factdesk.search.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.factdesk.search.boundary.Marked;
import org.junit.jupiter.api.Test;

class HighlightsTest {

    @Test
    void marksTheSearchedWordsAsTheIndexComparesThemAndLeavesMarkupAsText() {
        var marks = new Highlights("vostochny LAUNCH");

        assertEquals(List.of(new Marked("Putin said ", false), new Marked("Vostóchny", true),
                        new Marked(" was <b>ready</b> for ", false), new Marked("launch", true), new Marked(".", false)),
                marks.whole("Putin said Vostóchny was <b>ready</b> for launch.", 300));
    }

    @Test
    void excludedWordsAreNotMarkedAndPrefixesMarkEveryEnding() {
        var marks = new Highlights("-bridge school* \"new plan\"");

        assertEquals(List.of(new Marked("The ", false), new Marked("new", true), new Marked(" ", false),
                        new Marked("plan", true), new Marked(" for the bridge and ", false), new Marked("schools", true)),
                marks.whole("The new plan for the bridge and schools", 300));
    }

    @Test
    void longTextsAreCutIntoPassagesAroundTheMatchesWithEllipses() {
        var text = "filler ".repeat(200) + "the budget funds twelve schools " + "padding ".repeat(200);

        var passages = new Highlights("budget").passages(text, 80, 2);

        assertEquals(" \u2026 ", passages.get(0).text());
        assertTrue(passages.contains(new Marked("budget", true)), passages.toString());
        assertEquals(" \u2026 ", passages.get(passages.size() - 1).text());
        assertTrue(passages.stream().mapToInt(p -> p.text().length()).sum() < 120, passages.toString());
    }

    @Test
    void aTextWithoutMatchesShowsItsBeginning() {
        var passages = new Highlights("absent").passages("First words of a long story " + "and more ".repeat(50), 20, 2);

        assertEquals(List.of(new Marked("First words of a long", false), new Marked(" \u2026 ", false)), passages);
    }
}
