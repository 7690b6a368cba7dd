package org.factdesk.analysis.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Clock times as news copy writes them ("01:55", "2 a.m.", "6pm", "midnight", "in the early hours"), each as the
 * minutes of the day its wording allows: about an hour's half either way for "about", the three quarters before for
 * "shortly before", a quarter either way for a time without minutes. Stateless and thread-safe.
 */
final class ClockReader {

    private static final Pattern TIME = Pattern.compile(
            "(?<approx>\\b(?:at\\s+)?(?:about|around|approximately|roughly|some|circa|shortly before|just before"
            + "|shortly after|just after|soon after|before|after|by)\\s+(?:at\\s+)?)?"
            + "(?:(?<hh>\\b\\d{1,2})[:.](?<mm>\\d\\d)(?!\\d)\\s*(?<ampm>[ap]\\.?m\\b\\.?)?"
            + "|(?<h>\\b\\d{1,2})\\s*(?<ampm2>[ap]\\.?m\\b\\.?)"
            + "|\\b(?<named>midnight|midday|noon))"
            + "|(?<hours>\\bin the early hours\\b|\\bearly hours\\b)",
            Pattern.CASE_INSENSITIVE);
    private static final Set<String> TIME_WORDS = Set.of("at", "about", "around", "approximately",
            "roughly", "some", "circa", "shortly", "just", "soon", "before", "after", "by", "midnight", "midday", "noon",
            "in", "early");

    private ClockReader() {
    }

    /** A clock time, where it is written, and the first and last minute of the day it allows. */
    record Clock(int start, int end, String written, int from, int to) {
    }

    static List<Clock> read(String text) {
        var clocks = new ArrayList<Clock>();
        var times = TIME.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        for (var at = Scan.next(text, 0, TIME_WORDS); at >= 0; ) {
            if (Scan.lookingAt(times, text, at)) {
                var clock = clock(times, text);
                if (clock != null) {
                    clocks.add(clock);
                }
                at = Scan.next(text, Math.max(times.end(), at + 1), TIME_WORDS);
            } else {
                at = Scan.next(text, at + 1, TIME_WORDS);
            }
        }
        return clocks;
    }

    /** A clock time and the minutes its wording allows; a time without minutes is read to the quarter hour. */
    private static Clock clock(Matcher m, String text) {
        if (m.group("hours") != null) {
            return new Clock(m.start(), m.end(), m.group().strip(), 0, 6 * 60);
        }
        int minute;
        boolean hourOnly;
        if (m.group("hh") != null) {
            var hour = Integer.parseInt(m.group("hh"));
            var minutes = Integer.parseInt(m.group("mm"));
            // "52.38" is a figure; a dot only separates hours from minutes before "a.m." or "p.m."
            var dot = text.charAt(m.end("hh")) == '.';
            if (hour > 24 || minutes > 59 || dot && m.group("ampm") == null) {
                return null;
            }
            minute = hour(hour, m.group("ampm")) * 60 + minutes;
            hourOnly = false;
        } else if (m.group("h") != null) {
            var hour = Integer.parseInt(m.group("h"));
            if (hour < 1 || hour > 12) {
                return null;
            }
            minute = hour(hour, m.group("ampm2")) * 60;
            hourOnly = true;
        } else {
            minute = m.group("named").equalsIgnoreCase("midnight") ? When.DAY : 12 * 60;
            hourOnly = true;
        }
        var approx = m.group("approx") == null ? "" : m.group("approx").toLowerCase(Locale.ROOT).replace("at ", "").strip();
        var slack = hourOnly ? 15 : 1;
        int from;
        int to;
        switch (approx) {
            case "about", "around", "approximately", "roughly", "some", "circa" -> {
                from = minute - 30;
                to = minute + 30;
            }
            case "shortly before", "just before" -> {
                from = minute - 45;
                to = minute;
            }
            case "before", "by" -> {
                from = 0;
                to = minute + slack;
            }
            case "shortly after", "just after", "soon after" -> {
                from = minute;
                to = minute + 45;
            }
            case "after" -> {
                from = minute;
                to = When.DAY + 6 * 60;
            }
            default -> {
                from = minute - (hourOnly ? slack : 0);
                to = minute + slack;
            }
        }
        return new Clock(m.start(), m.end(), m.group().strip(), from, to);
    }

    private static int hour(int hour, String ampm) {
        if (ampm == null) {
            return hour;
        }
        var pm = Character.toLowerCase(ampm.charAt(0)) == 'p';
        return hour % 12 + (pm ? 12 : 0);
    }
}
