package org.factdesk.analysis.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.factdesk.analysis.ConflictKind;
import org.junit.jupiter.api.Test;

/** The values a claim states, read the way a desk compares two copies. */
class ClaimValuesTest {

    private final ConflictFinder conflicts = new ConflictFinder();

    @Test
    void clockTimesDaysOfTheMonthAndNumberedNamesAreNoFigures() {
        var values = ClaimValues.of("Tickets for the tour go on sale at 10 a.m. Friday, Dec. 6, while the S&P 500 rose"
                + " and the iPhone 11 sold 3 million units by 6 December.");
        assertEquals(List.of("3 million"), values.figures().stream().map(ClaimValues.Figure::written).toList());
    }

    @Test
    void theSameDayWrittenTwoWaysIsNoConflict() {
        var a = MatchableClaim.of("Tickets for the anniversary tour go on sale at 10 a.m. Friday, Dec. 6.", null, null);
        var b = MatchableClaim.of("Tickets go on sale Friday, Dec. 6 at the box office.", null, null);
        assertTrue(conflicts.between(a, b, ClaimValues.of(a.text()), ClaimValues.of(b.text())).isEmpty());
    }

    @Test
    void aShareIsComparedWithAShareNeverWithACount() {
        var a = MatchableClaim.of("Home Depot shares are up 39 percent this year, against 1,200 points for the index.", null, null);
        var b = MatchableClaim.of("Home Depot shares are up 35% this year.", null, null);
        var found = conflicts.between(a, b, ClaimValues.of(a.text()), ClaimValues.of(b.text()));
        assertEquals(List.of(new Conflict(ConflictKind.NUMBER, "39 percent", "35%")), found);
    }

    @Test
    void whoASentenceCitesIsNoPlace() {
        var values = ClaimValues.of("According to Swift, her label is preventing her from performing in Los Angeles.");
        assertEquals(List.of("Los Angeles"), values.places().stream().map(ClaimValues.Value::written).toList());
    }

    @Test
    void anAcronymNamesTheSamePlaceAsItsWords() {
        assertTrue(ConflictFinder.sameName("amas", "american music awards"));
        assertTrue(ConflictFinder.sameName("european union", "eu"));
        assertFalse(ConflictFinder.sameName("un", "european union"));
    }
}
