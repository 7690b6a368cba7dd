package org.factdesk.report.boundary;

import java.time.LocalDate;

/** One calendar week (Monday to Sunday) of the period: articles ingested, reviews approved, articles published. */
public record WeekThroughput(LocalDate weekStart, long ingested, long approved, long published) {
}
