package org.factdesk.outlet.entity;

import java.time.Duration;

/** How urgently an outlet's stories need checking; sets the default due time of its articles. */
public enum OutletPriority {
    URGENT("Urgent", Duration.ofHours(2)),
    HIGH("High", Duration.ofHours(6)),
    NORMAL("Normal", Duration.ofHours(24)),
    LOW("Low", Duration.ofHours(72));

    private final String label;
    private final Duration turnaround;

    OutletPriority(String label, Duration turnaround) {
        this.label = label;
        this.turnaround = turnaround;
    }

    public String label() {
        return label;
    }

    /** Time from ingest to the default due time. */
    public Duration turnaround() {
        return turnaround;
    }
}
