package org.factdesk.analysis.compare;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The days a text names, each resolved against the article's date as far as the words allow: calendar dates in the
 * orders and languages news copy uses, months, years and ranges of years, weekdays ("last Thursday", "Saturday's",
 * "Thursday night"), and days relative to the article ("yesterday", "this morning", "last week"). Stateless and
 * thread-safe.
 */
final class DayReader {

    private static final String MONTHS = "January|February|March|April|May|June|July|August|September|October|November"
            + "|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Januar|Februar|März|Mai|Juni|Juli|Oktober"
            + "|Dezember";
    private static final Map<String, Integer> MONTH_NUMBERS = Map.ofEntries(Map.entry("jan", 1), Map.entry("feb", 2),
            Map.entry("mar", 3), Map.entry("mär", 3), Map.entry("apr", 4), Map.entry("may", 5), Map.entry("mai", 5),
            Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10),
            Map.entry("okt", 10), Map.entry("nov", 11), Map.entry("dec", 12), Map.entry("dez", 12));
    private static final String WEEKDAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";
    private static final String PART = "(morning|afternoon|evening|night)";
    private static final Pattern DAY = Pattern.compile(
            "\\b(?<iso>(?<isoY>(?:19|20)\\d\\d)-(?<isoM>\\d\\d)-(?<isoD>\\d\\d))\\b"
            + "|\\b(?<num>(?<numA>\\d{1,2})[./](?<numB>\\d{1,2})[./](?<numY>(?:19|20)\\d\\d))\\b"
            + "|\\b(?<dm>(?<dmD>\\d{1,2})(?:st|nd|rd|th)?\\.?\\s+(?:of\\s+)?(?<dmM>" + MONTHS + ")\\.?(?:,?\\s+(?<dmY>(?:19|20)\\d\\d))?)\\b"
            + "|\\b(?<md>(?<mdM>" + MONTHS + ")\\.?\\s+(?<mdD>\\d{1,2})(?:st|nd|rd|th)?(?![\\d:.,]\\d)(?:,?\\s+(?<mdY>(?:19|20)\\d\\d))?)\\b"
            + "|\\b(?<my>(?<myM>" + MONTHS + ")\\s+(?<myY>(?:19|20)\\d\\d))\\b"
            + "|\\b(?<mo>(?i:in|since|until|by|from|of|early|late|mid-?|last|next|this|during|before|after)\\s+"
            + "(?:early\\s+|late\\s+|mid-?)?(?<moM>" + MONTHS + "))\\b(?![\\s.]+\\d)"
            + "|(?<wd>\\b(?:(?<wdEdge>(?i:early|late))\\s+(?:on\\s+)?)?(?:(?<wdPre>(?i:on|since|until|by|from))\\s+)?"
            + "(?:(?<wdRel>(?i:last|next|this))\\s+)?"
            + "(?<wdD>" + WEEKDAYS + ")(?:'s|’s)?(?:\\s+" + PART.replace("(", "(?<wdP>") + ")?)\\b"
            + "|(?<rel>\\b(?i:earlier\\s+|later\\s+)?(?<relW>(?i:today|tonight|yesterday|tomorrow|last night|this morning"
            + "|this afternoon|this evening|overnight))(?:\\s+" + PART.replace("(", "(?<relP>") + ")?)\\b"
            + "|(?<per>\\b(?<perR>(?i:last|this|next))\\s+(?<perU>week|month|year))\\b"
            + "|(?<range>\\b(?:between|from)\\s+(?<rangeA>(?:19|20)\\d\\d)\\s+(?:and|to)\\s+(?<rangeB>(?:19|20)\\d\\d))\\b"
            + "|(?<year>(?<![\\p{L}\\d.,$€£-])(?<yearY>(?:19|20)\\d\\d)(?![\\d,.]\\d|s\\b|'s|\\p{L}|-\\d|\\s?%))",
            Pattern.UNICODE_CASE);
    private static final Pattern FUTURE = Pattern.compile("\\b(?:will|shall|is due|are due|is expected|are expected"
            + "|is scheduled|are scheduled|is to|are to|plans to|going to|next|tomorrow|'ll|’ll)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Set<String> DAY_WORDS = Set.of("in", "since", "until", "by", "from", "of",
            "early", "late", "mid", "last", "next", "this", "during", "before", "after", "on", "earlier", "later",
            "today", "tonight", "yesterday", "tomorrow", "overnight", "between");
    private static final int LEAP_YEAR = 2000;

    private DayReader() {
    }

    /** One day as the text names it, and where. */
    record Day(int start, int end, When when) {
    }

    static List<Day> read(String text, LocalDate reference) {
        var days = new ArrayList<Day>();
        var matcher = DAY.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        for (var at = Scan.next(text, 0, DAY_WORDS); at >= 0; ) {
            if (Scan.lookingAt(matcher, text, at)) {
                var when = day(matcher, reference, speaksOfFuture(text, matcher.start(), matcher.end()));
                if (when != null) {
                    days.add(new Day(matcher.start(), matcher.end(), when));
                }
                at = Scan.next(text, Math.max(matcher.end(), at + 1), DAY_WORDS);
            } else {
                at = Scan.next(text, at + 1, DAY_WORDS);
            }
        }
        return days;
    }

    private static When day(Matcher m, LocalDate reference, boolean future) {
        // "on Friday" reads as "Friday"; "since", "last" or "by" say something and stay
        var written = m.group().strip().replaceFirst("^(?i:on)\\s+", "");
        var start = m.start() + m.group().indexOf(written);
        try {
            if (m.group("iso") != null) {
                return single(written, start, LocalDate.of(number(m, "isoY"), number(m, "isoM"), number(m, "isoD")));
            }
            if (m.group("num") != null) {
                var a = number(m, "numA");
                var b = number(m, "numB");
                // day first, as everywhere but the United States; a second part above 12 can only be the day
                return b > 12 ? single(written, start, LocalDate.of(number(m, "numY"), a, b))
                        : single(written, start, LocalDate.of(number(m, "numY"), b, a));
            }
            if (m.group("dm") != null) {
                return calendarDay(written, start, number(m, "dmD"), month(m.group("dmM")), m.group("dmY"), reference);
            }
            if (m.group("md") != null) {
                return calendarDay(written, start, number(m, "mdD"), month(m.group("mdM")), m.group("mdY"), reference);
            }
            if (m.group("my") != null) {
                var first = LocalDate.of(number(m, "myY"), month(m.group("myM")), 1);
                return range(written, start, first, first.with(TemporalAdjusters.lastDayOfMonth()), first.getYear());
            }
            if (m.group("mo") != null) {
                return month(written, start, month(m.group("moM")), reference, future);
            }
            if (m.group("wd") != null) {
                return weekday(written, start, m, reference, future);
            }
            if (m.group("rel") != null) {
                return relative(written, start, m, reference);
            }
            if (m.group("per") != null) {
                return period(written, start, m.group("perR"), m.group("perU"), reference);
            }
            if (m.group("range") != null) {
                var from = number(m, "rangeA");
                var to = number(m, "rangeB");
                return from > to ? null : range(written, start, LocalDate.of(from, 1, 1), LocalDate.of(to, 12, 31), 0);
            }
            var year = number(m, "yearY");
            return range(written, start, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), year);
        } catch (DateTimeException e) {
            // "31 June", "2025-13-01": not a day
            return null;
        }
    }

    private static When calendarDay(String written, int start, int dayOfMonth, int month, String year,
                                    LocalDate reference) {
        if (year != null) {
            return single(written, start, LocalDate.of(Integer.parseInt(year), month, dayOfMonth));
        }
        var yearDay = LocalDate.of(LEAP_YEAR, month, dayOfMonth).getDayOfYear();
        if (reference == null) {
            return new When(written, start, null, null, yearDay, yearDay, null, 0, When.DAY, false, 0);
        }
        // the year that puts the day nearest to the article's date
        var candidate = LocalDate.of(reference.getYear(), month, 1).withDayOfMonth(
                Math.min(dayOfMonth, LocalDate.of(reference.getYear(), month, 1).lengthOfMonth()));
        if (candidate.isAfter(reference.plusMonths(6))) {
            candidate = candidate.minusYears(1);
        } else if (candidate.isBefore(reference.minusMonths(6))) {
            candidate = candidate.plusYears(1);
        }
        var inferred = single(written, start, candidate);
        return new When(written, start, candidate, candidate, inferred.yearDayFrom(), inferred.yearDayTo(),
                candidate.getDayOfWeek(), 0, When.DAY, false, 0);
    }

    private static When month(String written, int start, int month, LocalDate reference, boolean future) {
        if (reference == null) {
            var first = LocalDate.of(LEAP_YEAR, month, 1);
            return new When(written, start, null, null, first.getDayOfYear(),
                    first.with(TemporalAdjusters.lastDayOfMonth()).getDayOfYear(), null, 0, When.DAY, false, 0);
        }
        var first = LocalDate.of(reference.getYear(), month, 1);
        if (!future && first.isAfter(reference)) {
            first = first.minusYears(1);
        } else if (future && first.plusMonths(1).isBefore(reference)) {
            first = first.plusYears(1);
        }
        return range(written, start, first, first.with(TemporalAdjusters.lastDayOfMonth()), 0);
    }

    private static When weekday(String written, int start, Matcher m, LocalDate reference, boolean future) {
        var day = DayOfWeek.valueOf(m.group("wdD").toUpperCase(Locale.ROOT));
        var minutes = part(m.group("wdP"), m.group("wdEdge"));
        var timed = minutes[0] != 0 || minutes[1] != When.DAY;
        if (reference == null) {
            return new When(written, start, null, null, 0, 0, day, minutes[0], minutes[1], timed, 0);
        }
        var relation = m.group("wdRel") == null ? "" : m.group("wdRel").toLowerCase(Locale.ROOT);
        var since = "since".equalsIgnoreCase(m.group("wdPre"));
        LocalDate date;
        if (relation.equals("last")) {
            date = reference.with(TemporalAdjusters.previous(day));
        } else if (relation.equals("next")) {
            date = reference.with(TemporalAdjusters.next(day));
        } else if (future && !since) {
            date = reference.with(TemporalAdjusters.nextOrSame(day));
        } else {
            date = reference.with(TemporalAdjusters.previousOrSame(day));
        }
        var yearDay = LocalDate.of(LEAP_YEAR, date.getMonthValue(), date.getDayOfMonth()).getDayOfYear();
        return new When(written, start, date, date, yearDay, yearDay, day, minutes[0], minutes[1], timed, 0);
    }

    private static When relative(String written, int start, Matcher m, LocalDate reference) {
        if (reference == null) {
            return null;
        }
        var word = m.group("relW").toLowerCase(Locale.ROOT);
        var shift = switch (word) {
            case "yesterday", "last night" -> -1;
            case "tomorrow" -> 1;
            default -> 0;
        };
        var part = switch (word) {
            case "tonight", "last night" -> "night";
            case "this morning" -> "morning";
            case "this afternoon" -> "afternoon";
            case "this evening" -> "evening";
            default -> m.group("relP");
        };
        var minutes = part(part, null);
        var date = reference.plusDays(shift);
        var yearDay = LocalDate.of(LEAP_YEAR, date.getMonthValue(), date.getDayOfMonth()).getDayOfYear();
        return new When(written, start, date, date, yearDay, yearDay, date.getDayOfWeek(), minutes[0], minutes[1],
                minutes[0] != 0 || minutes[1] != When.DAY, 0);
    }

    private static When period(String written, int start, String relation, String unit, LocalDate reference) {
        if (reference == null) {
            return null;
        }
        var shift = switch (relation.toLowerCase(Locale.ROOT)) {
            case "last" -> -1;
            case "next" -> 1;
            default -> 0;
        };
        return switch (unit.toLowerCase(Locale.ROOT)) {
            case "week" -> {
                var monday = reference.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusWeeks(shift);
                yield range(written, start, monday, monday.plusDays(6), 0);
            }
            case "month" -> {
                var first = reference.withDayOfMonth(1).plusMonths(shift);
                yield range(written, start, first, first.with(TemporalAdjusters.lastDayOfMonth()), 0);
            }
            default -> {
                var year = reference.getYear() + shift;
                yield range(written, start, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), 0);
            }
        };
    }

    /** Minutes of the day a part of it covers; "night" runs on into the next morning. */
    private static int[] part(String part, String edge) {
        if (part != null) {
            return switch (part.toLowerCase(Locale.ROOT)) {
                case "morning" -> new int[] {5 * 60, 12 * 60};
                case "afternoon" -> new int[] {12 * 60, 18 * 60};
                case "evening" -> new int[] {18 * 60, 23 * 60};
                default -> new int[] {18 * 60, When.DAY + 6 * 60};
            };
        }
        if (edge != null) {
            return edge.equalsIgnoreCase("early") ? new int[] {0, 9 * 60} : new int[] {18 * 60, When.DAY};
        }
        return new int[] {0, When.DAY};
    }

    private static When single(String written, int start, LocalDate date) {
        var yearDay = LocalDate.of(LEAP_YEAR, date.getMonthValue(), date.getDayOfMonth()).getDayOfYear();
        return new When(written, start, date, date, yearDay, yearDay, date.getDayOfWeek(), 0, When.DAY, false,
                date.getYear());
    }

    private static When range(String written, int start, LocalDate from, LocalDate to, int writtenYear) {
        var sameYear = from.getYear() == to.getYear() && ChronoUnit.DAYS.between(from, to) < 366;
        var yearDayFrom = sameYear ? LocalDate.of(LEAP_YEAR, from.getMonthValue(), from.getDayOfMonth()).getDayOfYear() : 0;
        var yearDayTo = sameYear ? LocalDate.of(LEAP_YEAR, to.getMonthValue(), to.getDayOfMonth()).getDayOfYear() : 0;
        // a whole year says nothing about the day of the year
        if (sameYear && yearDayFrom == 1 && yearDayTo >= 365) {
            yearDayFrom = 0;
            yearDayTo = 0;
        }
        return new When(written, start, from, to, yearDayFrom, yearDayTo, null, 0, When.DAY, false, writtenYear);
    }

    private static int number(Matcher m, String group) {
        return Integer.parseInt(m.group(group));
    }

    private static int month(String name) {
        var key = name.toLowerCase(Locale.ROOT);
        return MONTH_NUMBERS.get(key.substring(0, Math.min(3, key.length())));
    }

    /** Whether the clause around the day says it is still to come: "will take office on June 30". */
    private static boolean speaksOfFuture(String text, int start, int end) {
        var from = start;
        while (from > 0 && start - from < 80 && ".!?;\n".indexOf(text.charAt(from - 1)) < 0) {
            from--;
        }
        var to = Math.min(text.length(), end + 30);
        for (var i = end; i < to; i++) {
            if (".!?;\n".indexOf(text.charAt(i)) >= 0) {
                to = i;
                break;
            }
        }
        return FUTURE.matcher(text.substring(from, to)).find();
    }
}
