package org.factdesk.report.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.factdesk.report.boundary.ReportPeriod;
import org.junit.jupiter.api.Test;

class WeeksTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Test
    void weeksStartOnMondayAndCoverEveryDayOfThePeriod() {
        var period = new ReportPeriod(LocalDate.of(2024, 5, 1), LocalDate.of(2024, 5, 14), BERLIN);

        assertEquals(List.of(LocalDate.of(2024, 4, 29), LocalDate.of(2024, 5, 6), LocalDate.of(2024, 5, 13)),
                List.copyOf(Weeks.empty(period).keySet()));
    }

    @Test
    void instantsAreCountedInTheWeekOfTheirLocalDayAndOnlyInsideThePeriod() {
        var period = new ReportPeriod(LocalDate.of(2024, 5, 1), LocalDate.of(2024, 5, 14), BERLIN);
        // Monday 00:30 in Berlin is still Sunday in UTC: the desk's local day decides the week
        var sundayNight = ZonedDateTime.of(2024, 5, 5, 23, 30, 0, 0, BERLIN).toInstant();
        var mondayMorning = ZonedDateTime.of(2024, 5, 6, 0, 30, 0, 0, BERLIN).toInstant();
        var afterThePeriod = ZonedDateTime.of(2024, 5, 15, 0, 0, 0, 0, BERLIN).toInstant();

        var counts = Weeks.count(List.of(sundayNight, mondayMorning, mondayMorning, afterThePeriod), period);

        assertEquals(1L, counts.get(LocalDate.of(2024, 4, 29)));
        assertEquals(2L, counts.get(LocalDate.of(2024, 5, 6)));
        assertEquals(0L, counts.get(LocalDate.of(2024, 5, 13)));
    }
}
