package org.factdesk.report.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.factdesk.shared.boundary.BusinessException;
import org.junit.jupiter.api.Test;

class ReportPeriodTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Test
    void bothDaysAreIncludedInTheDesksTimeZone() {
        var may = new ReportPeriod(LocalDate.of(2024, 5, 1), LocalDate.of(2024, 5, 31), BERLIN);

        assertEquals(Instant.parse("2024-04-30T22:00:00Z"), may.start());
        assertEquals(Instant.parse("2024-05-31T22:00:00Z"), may.end());
    }

    @Test
    void theLastThirtyDaysEndToday() {
        var period = ReportPeriod.lastDays(30, LocalDate.of(2024, 3, 10), BERLIN);

        assertEquals(LocalDate.of(2024, 2, 10), period.from());
        assertEquals(LocalDate.of(2024, 3, 10), period.to());
    }

    @Test
    void aBackwardsOrOverlongRangeIsRefusedWithAReason() {
        var backwards = assertThrows(BusinessException.class,
                () -> new ReportPeriod(LocalDate.of(2024, 5, 2), LocalDate.of(2024, 5, 1), BERLIN));
        assertTrue(backwards.getMessage().contains("after the last day"), backwards.getMessage());
        var overlong = assertThrows(BusinessException.class,
                () -> new ReportPeriod(LocalDate.of(2023, 1, 1), LocalDate.of(2024, 1, 2), BERLIN));
        assertTrue(overlong.getMessage().contains("at most 366 days"), overlong.getMessage());
        assertThrows(BusinessException.class, () -> new ReportPeriod(null, LocalDate.of(2024, 1, 2), BERLIN));
    }
}
