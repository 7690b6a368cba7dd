package org.factdesk.report.boundary;

import java.util.EnumMap;
import java.util.Map;
import org.factdesk.analysis.ConflictKind;

/**
 * The conflicts flagged between one outlet's copies and other copies of the same story, by what they disagree on.
 * A conflict belongs to both outlets involved, so the outlet that got a figure wrong and the one that got it right
 * both show it.
 */
public record OutletConflicts(String outlet, long total, Map<ConflictKind, Long> counts) {

    public OutletConflicts {
        var all = new EnumMap<ConflictKind, Long>(ConflictKind.class);
        for (var kind : ConflictKind.values()) {
            all.put(kind, counts.getOrDefault(kind, 0L));
        }
        counts = all;
    }

    public long count(ConflictKind kind) {
        return counts.get(kind);
    }
}
