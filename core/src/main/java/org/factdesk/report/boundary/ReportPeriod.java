package org.factdesk.report.boundary;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import org.factdesk.shared.boundary.BusinessException;

/**
 * The days a report covers, both included, as the desk's calendar counts them: {@code from} 1 May to {@code to}
 * 31 May is all of May in the desk's time zone.
 */
public record ReportPeriod(LocalDate from, LocalDate to, ZoneId zone) implements Serializable {

    /** A year and a day: enough to compare a year with itself, bounded so no report reads the whole history at once. */
    public static final int MAX_DAYS = 366;

    public ReportPeriod {
        if (from == null || to == null) {
            throw new BusinessException("report.daysMissing");
        }
        Objects.requireNonNull(zone, "zone");
        if (from.isAfter(to)) {
            throw new BusinessException("report.daysSwapped", from.toString(), to.toString());
        }
        if (ChronoUnit.DAYS.between(from, to) + 1 > MAX_DAYS) {
            throw new BusinessException("report.tooLong", MAX_DAYS);
        }
    }

    /** The {@code days} days up to and including {@code today}. */
    public static ReportPeriod lastDays(int days, LocalDate today, ZoneId zone) {
        return new ReportPeriod(today.minusDays(days - 1L), today, zone);
    }

    public Instant start() {
        return from.atStartOfDay(zone).toInstant();
    }

    /** The first instant after the period. */
    public Instant end() {
        return to.plusDays(1).atStartOfDay(zone).toInstant();
    }
}
