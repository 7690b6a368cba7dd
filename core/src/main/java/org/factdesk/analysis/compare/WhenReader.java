package org.factdesk.analysis.compare;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads the days and times a text names and resolves them against the article's date: "14 June 2025", "June 14",
 * "9 June", "2025-06-14", "14.06.2025", "on Friday", "last Thursday", "since Thursday night", "Saturday's derby",
 * "yesterday", "this morning", "in March", "in 2019", "between 2016 and 2021"; clock times ("01:55", "2 a.m.",
 * "midnight") with their approximation words ("about", "shortly before", "by"), joined to the day they are given
 * with ("at about 2 a.m. on Saturday"). A weekday is the last such day on or before the article's date, or the
 * next on or after it when the sentence speaks of the future ("will", "is due", "next"). Stateless and thread-safe.
 */
final class WhenReader {

    /** What may stand between a clock time and the day it belongs to: "2 a.m. on Saturday", "01:55 local time on". */
    private static final Pattern JOIN = Pattern.compile("^[\\s,]*(?:local time|GMT|UTC|CET|CEST|BST|EEST|EET)?[\\s,]*"
            + "(?:on|of|this|,)?[\\s,]*(?:the\\s+)?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern JOIN_AFTER = Pattern.compile("^[\\s,]*(?:at|from|around|about|shortly before|shortly after"
            + "|just before|just after|by)?[\\s,]*(?:about\\s+|around\\s+)?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern POSSESSIVE = Pattern.compile("^['’]s\\s+(?:[\\p{Ll}-]+\\s+)??([\\p{Ll}][\\p{Ll}-]{2,})\\b");
    private static final Pattern STAMP = Pattern.compile("\\bas\\s+(?:of|at)\\s+$|\\bupdated\\s+(?:on\\s+)?$");
    private static final Pattern WEEKDAY_GAP = Pattern.compile("[\\s,]*(?:the\\s+)?");

    private WhenReader() {
    }

    static List<When> read(String text, LocalDate reference) {
        return read(text, reference, new Stems(text));
    }

    static List<When> read(String text, LocalDate reference, Stems stems) {
        var days = DayReader.read(text, reference);
        days = withWeekdaysJoined(days, text);
        var clocks = new ArrayList<ClockReader.Clock>();
        for (var clock : ClockReader.read(text)) {
            if (days.stream().noneMatch(d -> d.start() < clock.end() && clock.start() < d.end())) {
                clocks.add(clock);
            }
        }
        var result = new ArrayList<When>();
        var joined = new boolean[days.size()];
        for (var clock : clocks) {
            var day = dayOf(clock, days, text);
            if (day < 0) {
                result.add(new When(clock.written(), clock.start(), null, null, 0, 0, null, clock.from(), clock.to(),
                        true, 0));
            } else {
                joined[day] = true;
                var token = days.get(day);
                var from = Math.min(token.start(), clock.start());
                var to = Math.max(token.end(), clock.end());
                var w = token.when();
                result.add(new When(text.substring(from, to).strip(), from, w.from(), w.to(), w.yearDayFrom(),
                        w.yearDayTo(), w.weekday(), clock.from(), clock.to(), true, w.writtenYear()));
            }
        }
        for (var i = 0; i < days.size(); i++) {
            if (!joined[i]) {
                result.add(days.get(i).when());
            }
        }
        result.sort((a, b) -> Integer.compare(a.start(), b.start()));
        var described = new ArrayList<When>(result.size());
        for (var when : result) {
            described.add(described(when, text, stems));
        }
        return described;
    }

    /** What the words around a day say: whose day it is ("Saturday's derby"), whether it stamps a figure ("as of"). */
    private static When described(When when, String text, Stems stems) {
        var end = Math.min(text.length(), when.start() + when.written().length());
        var after = text.substring(end, Math.min(text.length(), end + 40));
        var written = when.written();
        var noun = POSSESSIVE.matcher(written.endsWith("'s") || written.endsWith("’s") ? "'s" + after : after);
        var dates = noun.lookingAt() ? Terms.normal(noun.group(1)) : null;
        var before = text.substring(Math.max(0, when.start() - 12), when.start()).toLowerCase(Locale.ROOT);
        var stamp = STAMP.matcher(before).find();
        return when.described(dates, stamp, stems.around(when.start(), end, 40));
    }

    /** "Thursday 12 June" and "Saturday, 14 June 2025" are one day: the date says which, the weekday is part of it. */
    private static List<DayReader.Day> withWeekdaysJoined(List<DayReader.Day> days, String text) {
        var joined = new ArrayList<DayReader.Day>();
        for (var i = 0; i < days.size(); i++) {
            var day = days.get(i);
            if (i + 1 < days.size() && day.when().from() == null && day.when().yearDayFrom() == 0
                    && day.when().weekday() != null && !day.when().timed()) {
                var next = days.get(i + 1);
                var date = next.when();
                if (date.yearDayFrom() > 0 && date.yearDayFrom() == date.yearDayTo() && !date.timed()
                        && WEEKDAY_GAP.matcher(text.substring(day.end(), next.start())).matches()) {
                    var written = text.substring(day.start(), next.end()).strip().replaceFirst("^(?i:on)\\s+", "");
                    joined.add(new DayReader.Day(day.start(), next.end(), new When(written, day.start(), date.from(), date.to(),
                            date.yearDayFrom(), date.yearDayTo(), date.weekday(), 0, When.DAY, false,
                            date.writtenYear())));
                    i++;
                    continue;
                }
            }
            joined.add(day);
        }
        return joined;
    }

    /** The day token right before or after the clock time, with only joining words between them. */
    private static int dayOf(ClockReader.Clock clock, List<DayReader.Day> days, String text) {
        for (var i = 0; i < days.size(); i++) {
            var day = days.get(i);
            if (day.when().from() != null && !day.when().from().equals(day.when().to())) {
                continue;
            }
            if (day.start() >= clock.end() && day.start() - clock.end() <= 25
                    && JOIN.matcher(text.substring(clock.end(), day.start())).matches()) {
                return i;
            }
            if (day.end() <= clock.start() && clock.start() - day.end() <= 25
                    && JOIN_AFTER.matcher(text.substring(day.end(), clock.start())).matches()) {
                return i;
            }
        }
        return -1;
    }

}
