package org.factdesk.report.boundary;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.factdesk.review.entity.Verdict;

/**
 * What the reports page shows above its paged tables, read in one transaction so that every chart and figure
 * describes the same moment: the funnel, time in state, weekly throughput, the verdicts, and the first rows of the
 * workload, verdicts per outlet and conflicts per outlet for the charts.
 *
 * @param verdicts         every verdict, in the order of the scale, with how many approved reviews gave it
 * @param conflictsFlagged whether any outlet has a flagged conflict in the period (not only among the first rows)
 */
public record ReportOverview(List<FunnelStep> funnel, List<StateTime> stateTimes, List<WeekThroughput> weeks,
                             Map<Verdict, Long> verdicts, List<JournalistLoad> topWorkload,
                             List<OutletVerdicts> topOutletVerdicts, List<OutletConflicts> topConflicts,
                             boolean conflictsFlagged) {

    public ReportOverview {
        funnel = List.copyOf(funnel);
        stateTimes = List.copyOf(stateTimes);
        weeks = List.copyOf(weeks);
        verdicts = Collections.unmodifiableMap(new EnumMap<>(verdicts));
        topWorkload = List.copyOf(topWorkload);
        topOutletVerdicts = List.copyOf(topOutletVerdicts);
        topConflicts = List.copyOf(topConflicts);
    }
}
