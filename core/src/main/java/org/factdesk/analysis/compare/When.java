package org.factdesk.analysis.compare;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A day or time a claim names, resolved as far as the text allows: against the article's own date when it has one
 * ("on Friday" in an article of Saturday 14 June 2025 is 13 June), else as what the words alone say (a weekday, a
 * day of a year without the year, a time of day). Two of them are compared on what both know: two calendar days
 * by their dates, "9 June" against "June 9, 2025" by the day of the year, "Saturday" against "14 June 2025" by the
 * weekday.
 *
 * @param written    as the claim writes it, approximation words included ("shortly before midnight on Friday")
 * @param start      offset of {@code written} in the text it was read from
 * @param from       first calendar day it may be, or null when the year (or the day) is not known
 * @param to         last calendar day it may be (the same as {@code from} for one day; 31 December for a year)
 * @param yearDayFrom first day of the year it may be (1 to 366, counted in a leap year), or 0 when not known
 * @param yearDayTo   last day of the year it may be
 * @param weekday    the day of the week, when it is one day and that is known
 * @param minuteFrom first minute of the day it may be (0 without a time); may pass 1440 for "Friday night"
 * @param minuteTo   last minute (1440 without a time)
 * @param timed      whether a clock time or a part of the day narrows it
 * @param writtenYear the year as written, or 0: years are also compared when the day is not read
 * @param dates      what a possessive day dates ("Saturday's derby": the stem of "derby"), or null when it dates the
 *                   claim's own event
 * @param stamp      a reporting time ("as of 27 May"): when a figure held, not when something happened
 * @param around     stems of the words near it
 */
public record When(String written, int start, LocalDate from, LocalDate to, int yearDayFrom, int yearDayTo,
            DayOfWeek weekday, int minuteFrom, int minuteTo, boolean timed, int writtenYear, String dates,
            boolean stamp, Set<String> around) {

    static final int DAY = 1440;
    private static final int WEEK = 7 * DAY;

    public When {
        around = Set.copyOf(around);
    }

    When(String written, int start, LocalDate from, LocalDate to, int yearDayFrom, int yearDayTo, DayOfWeek weekday,
         int minuteFrom, int minuteTo, boolean timed, int writtenYear) {
        this(written, start, from, to, yearDayFrom, yearDayTo, weekday, minuteFrom, minuteTo, timed, writtenYear, null,
                false, Set.of());
    }

    /** The same day or time, with what the words around it say about it. */
    When described(String dates, boolean stamp, Set<String> around) {
        return new When(written, start, from, to, yearDayFrom, yearDayTo, weekday, minuteFrom, minuteTo, timed,
                writtenYear, dates, stamp, around);
    }

    /**
     * Whether the two may date the same happening: a reporting time dates none, and a possessive day ("Saturday's
     * derby") only what it names, which the other must name too.
     */
    boolean datesTheSameAs(When other) {
        if (stamp || other.stamp) {
            return false;
        }
        return (dates == null || dates.equals(other.dates) || other.around.contains(dates))
                && (other.dates == null || other.dates.equals(dates) || around.contains(other.dates));
    }

    public enum Verdict { AGREE, DISAGREE, INCOMPARABLE }

    private static final Pattern WEEKDAY_NAME = Pattern.compile("Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday");
    private static final Pattern CALENDAR = Pattern.compile("\\d");

    /**
     * Compared on the most precise thing both know; what only one knows cannot disagree. Each is a span of minutes
     * whose end is not part of it, so Friday and Saturday do not touch.
     */
    Verdict compare(When other) {
        if (from != null && other.from != null) {
            return overlap(from.toEpochDay() * DAY + minuteFrom, to.toEpochDay() * DAY + minuteTo,
                    other.from.toEpochDay() * DAY + other.minuteFrom, other.to.toEpochDay() * DAY + other.minuteTo);
        }
        if (yearDayFrom > 0 && other.yearDayFrom > 0) {
            return overlap((long) yearDayFrom * DAY + minuteFrom, (long) yearDayTo * DAY + minuteTo,
                    (long) other.yearDayFrom * DAY + other.minuteFrom, (long) other.yearDayTo * DAY + other.minuteTo);
        }
        if (weekday != null && other.weekday != null) {
            var a = (weekday.getValue() - 1) * DAY;
            var b = (other.weekday.getValue() - 1) * DAY;
            return circular(a + minuteFrom, a + minuteTo, b + other.minuteFrom, b + other.minuteTo, WEEK);
        }
        var dayKnown = from != null || yearDayFrom > 0 || weekday != null;
        var otherDayKnown = other.from != null || other.yearDayFrom > 0 || other.weekday != null;
        if (timed && other.timed && !dayKnown && !otherDayKnown) {
            return circular(minuteFrom, minuteTo, other.minuteFrom, other.minuteTo, DAY);
        }
        return Verdict.INCOMPARABLE;
    }

    /** How far apart the two are on what both know, to pair a value with its nearest counterpart. */
    long distance(When other) {
        if (from != null && other.from != null) {
            return Math.abs(from.toEpochDay() - other.from.toEpochDay()) * DAY + Math.abs(minuteFrom - other.minuteFrom);
        }
        if (yearDayFrom > 0 && other.yearDayFrom > 0) {
            return (long) Math.abs(yearDayFrom - other.yearDayFrom) * DAY + Math.abs(minuteFrom - other.minuteFrom);
        }
        if (weekday != null && other.weekday != null) {
            var days = Math.abs(weekday.getValue() - other.weekday.getValue());
            return (long) Math.min(days, 7 - days) * DAY + Math.abs(minuteFrom - other.minuteFrom);
        }
        return Math.abs(minuteFrom - other.minuteFrom);
    }

    /** How the claim names it: by weekday, by calendar date, or otherwise ("yesterday", "2 a.m."). */
    String form() {
        if (WEEKDAY_NAME.matcher(written).find()) {
            return "weekday";
        }
        return CALENDAR.matcher(written).find() ? "calendar" : "other";
    }

    private static Verdict overlap(long fromA, long toA, long fromB, long toB) {
        return fromA < toB && fromB < toA ? Verdict.AGREE : Verdict.DISAGREE;
    }

    /** Overlap on a circle of the given length: Sunday night runs into Monday morning. */
    private static Verdict circular(long fromA, long toA, long fromB, long toB, long length) {
        for (var shift = -length; shift <= length; shift += length) {
            if (fromA < toB + shift && fromB + shift < toA) {
                return Verdict.AGREE;
            }
        }
        return Verdict.DISAGREE;
    }
}
