package org.factdesk.analysis.clean;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Calendar dates as newsrooms write them: ISO (2023-09-13), European dotted (13.09.2023), "13 Sep 2023" and
 * "Sept. 13, 2023". Slashed dates are read only when the order is unambiguous, since 09/10 means two different days.
 */
final class DateParser {

    private static final String MONTH = "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?"
            + "|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)";

    /** Any one of the supported shapes; used by the cleaner to recognise date labels. */
    static final String ANY_DATE = "(?:\\d{4}-\\d{2}-\\d{2}|\\d{1,2}[./]\\d{1,2}[./]\\d{4}"
            + "|\\d{1,2}(?:st|nd|rd|th)?\\s+" + MONTH + "\\.?,?\\s+\\d{4}"
            + "|" + MONTH + "\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4})";

    private static final Pattern ISO = Pattern.compile("(?<!\\d)(\\d{4})-(\\d{2})-(\\d{2})(?!\\d)");
    private static final Pattern NUMERIC = Pattern.compile("(?<![\\d.])(\\d{1,2})([./])(\\d{1,2})\\2(\\d{4})(?!\\d)");
    /** Scraped pages glue the time to the year ("20235:42 AM"), so a year may end where a time begins. */
    private static final String YEAR_END = "(?:\\b|(?=\\d{1,2}:\\d{2}))";
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "(?i)\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTH + "\\.?,?\\s+(\\d{4})" + YEAR_END);
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "(?i)\\b" + MONTH + "\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})" + YEAR_END);

    private DateParser() {
    }

    /** The earliest-written valid date in the text. */
    static Optional<LocalDate> find(String text) {
        LocalDate best = null;
        var bestAt = Integer.MAX_VALUE;
        for (var pattern : new Pattern[] {ISO, NUMERIC, DAY_MONTH_YEAR, MONTH_DAY_YEAR}) {
            var matcher = pattern.matcher(text);
            while (matcher.find() && matcher.start() < bestAt) {
                var date = toDate(pattern, matcher);
                if (date != null) {
                    best = date;
                    bestAt = matcher.start();
                    break;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    private static LocalDate toDate(Pattern pattern, Matcher m) {
        if (pattern == ISO) {
            return date(m.group(1), m.group(2), m.group(3));
        }
        if (pattern == NUMERIC) {
            var first = Integer.parseInt(m.group(1));
            var second = Integer.parseInt(m.group(3));
            var dotted = ".".equals(m.group(2));
            if (dotted || first > 12) {
                return date(m.group(4), m.group(3), m.group(1));
            }
            return second > 12 ? date(m.group(4), m.group(1), m.group(3)) : null;
        }
        if (pattern == DAY_MONTH_YEAR) {
            return date(m.group(3), month(m.group(2)), m.group(1));
        }
        return date(m.group(3), month(m.group(1)), m.group(2));
    }

    private static String month(String name) {
        var prefix = name.substring(0, 3).toLowerCase(Locale.ROOT);
        var index = "janfebmaraprmayjunjulaugsepoctnovdec".indexOf(prefix) / 3 + 1;
        return Integer.toString(index);
    }

    private static LocalDate date(String year, String month, String day) {
        try {
            var y = Integer.parseInt(year);
            if (y < 1900 || y > 2100) {
                return null;
            }
            return LocalDate.of(y, Integer.parseInt(month), Integer.parseInt(day));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }
}
