package org.factdesk.report.control;

import java.time.Duration;
import java.util.List;

/**
 * Percentiles by linear interpolation between the closest ranks (Hyndman and Fan's definition 7, the one of
 * Excel's PERCENTILE.INC, R's default and NumPy's "linear"), so that a desk re-computing an export in a spreadsheet
 * gets the same figures. For n sorted values x[0..n-1] and p in [0, 1]: h = (n - 1) p, and the percentile is
 * x[floor h] + (h - floor h) (x[floor h + 1] - x[floor h]). The median is p = 0.5: the middle value, or the mean
 * of the two middle values.
 */
public final class Percentiles {

    private Percentiles() {
    }

    /** The p-th percentile of durations sorted in ascending order; null for no durations. */
    public static Duration of(List<Duration> sorted, double p) {
        if (p < 0 || p > 1) {
            throw new IllegalArgumentException("A percentile is between 0 and 1, not " + p);
        }
        if (sorted.isEmpty()) {
            return null;
        }
        var h = (sorted.size() - 1) * p;
        var below = (int) Math.floor(h);
        var low = sorted.get(below).toMillis();
        if (below + 1 >= sorted.size()) {
            return Duration.ofMillis(low);
        }
        var high = sorted.get(below + 1).toMillis();
        return Duration.ofMillis(Math.round(low + (h - below) * (high - low)));
    }
}
