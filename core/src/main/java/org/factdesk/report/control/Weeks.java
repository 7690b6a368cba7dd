package org.factdesk.report.control;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import org.factdesk.report.boundary.ReportPeriod;

/** Calendar weeks, Monday to Sunday as ISO 8601 counts them, in the period's time zone. */
public final class Weeks {

    private Weeks() {
    }

    public static LocalDate startOf(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** Every week the period touches, each with a count of zero. */
    public static TreeMap<LocalDate, Long> empty(ReportPeriod period) {
        var weeks = new TreeMap<LocalDate, Long>();
        for (var week = startOf(period.from()); !week.isAfter(period.to()); week = week.plusWeeks(1)) {
            weeks.put(week, 0L);
        }
        return weeks;
    }

    /** How many of the instants fall in each week of the period; instants outside it are not counted. */
    public static Map<LocalDate, Long> count(Collection<Instant> instants, ReportPeriod period) {
        var weeks = empty(period);
        for (var instant : instants) {
            if (!instant.isBefore(period.start()) && instant.isBefore(period.end())) {
                weeks.merge(startOf(instant.atZone(period.zone()).toLocalDate()), 1L, Long::sum);
            }
        }
        return weeks;
    }
}
