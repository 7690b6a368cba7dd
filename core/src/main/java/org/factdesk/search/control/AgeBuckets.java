package org.factdesk.search.control;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.factdesk.search.boundary.FacetCount;
import org.hibernate.search.util.common.data.Range;

/** The age facet: today, the six days before, the 23 days before those, and older; in whole days of the desk's zone. */
final class AgeBuckets {

    private final Map<String, Range<Instant>> ranges;

    private AgeBuckets(Map<String, Range<Instant>> ranges) {
        this.ranges = ranges;
    }

    static AgeBuckets around(Instant now, ZoneId zone) {
        var today = LocalDate.ofInstant(now, zone);
        var dayStart = start(today, zone);
        var weekStart = start(today.minusDays(6), zone);
        var monthStart = start(today.minusDays(29), zone);
        var ranges = new LinkedHashMap<String, Range<Instant>>();
        ranges.put("TODAY", Range.atLeast(dayStart));
        ranges.put("WEEK", Range.canonical(weekStart, dayStart));
        ranges.put("MONTH", Range.canonical(monthStart, weekStart));
        ranges.put("OLDER", Range.lessThan(monthStart));
        return new AgeBuckets(ranges);
    }

    List<Range<Instant>> values() {
        return new ArrayList<>(ranges.values());
    }

    /** The aggregation answers in the order the ranges were given, which is the order of the names. */
    List<FacetCount> counts(Map<Range<Instant>, Long> counted) {
        var names = new ArrayList<>(ranges.keySet());
        var values = new ArrayList<>(counted.values());
        var counts = new ArrayList<FacetCount>();
        for (var i = 0; i < names.size() && i < values.size(); i++) {
            if (values.get(i) > 0) {
                counts.add(new FacetCount(names.get(i), values.get(i)));
            }
        }
        return counts;
    }

    private static Instant start(LocalDate day, ZoneId zone) {
        return day.atStartOfDay(zone).toInstant();
    }
}
