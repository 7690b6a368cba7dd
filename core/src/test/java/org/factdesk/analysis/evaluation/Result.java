package org.factdesk.analysis.evaluation;

import java.util.Locale;
import java.util.Map;

/**
 * One figure of one system on one dataset.
 *
 * @param metric      the headline metric named in the RESULT line, e.g. "f1" or "map5"
 * @param value       its value
 * @param details     further figures for the table (precision, recall, ...), in display order
 * @param docsPerSecond measured throughput, or null for stored outputs ("na")
 */
public record Result(String dataset, String system, String metric, double value, Map<String, Double> details,
                     Double docsPerSecond) {

    /** The same figure under another system's name. */
    public Result withSystem(String name) {
        return new Result(dataset, name, metric, value, details, docsPerSecond);
    }

    public String resultLine() {
        return String.format(Locale.ROOT, "RESULT %s %s %s=%.3f docs_per_s=%s", dataset, system, metric, value,
                docsPerSecond == null ? "na" : String.format(Locale.ROOT, "%.0f", docsPerSecond));
    }
}
