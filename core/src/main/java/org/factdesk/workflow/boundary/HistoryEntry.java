package org.factdesk.workflow.boundary;

import java.time.Instant;
import org.factdesk.workflow.entity.WorkflowEvent;

/** One line of a history table: who did what when, and the states it moved between. */
public record HistoryEntry(Instant occurredAt, String actor, String action, String fromState, String toState, String comment) {

    public static HistoryEntry of(WorkflowEvent event) {
        return new HistoryEntry(event.getOccurredAt(), event.getActor(), event.getAction(), event.getFromState(),
                event.getToState(), event.getComment());
    }
}
