package org.factdesk.report.boundary;

import java.util.EnumMap;
import java.util.Map;
import org.factdesk.review.entity.Verdict;

/** The verdicts of the approved reviews on one outlet's claims. */
public record OutletVerdicts(String outlet, Map<Verdict, Long> counts) {

    public OutletVerdicts {
        var all = new EnumMap<Verdict, Long>(Verdict.class);
        for (var verdict : Verdict.values()) {
            all.put(verdict, counts.getOrDefault(verdict, 0L));
        }
        counts = all;
    }

    public long count(Verdict verdict) {
        return counts.get(verdict);
    }

    public long total() {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }
}
