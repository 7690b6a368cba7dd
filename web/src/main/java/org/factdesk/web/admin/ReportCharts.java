package org.factdesk.web.admin;

import static org.factdesk.web.shared.ChartJs.PALETTE;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.factdesk.analysis.ConflictKind;
import org.factdesk.report.boundary.FunnelStep;
import org.factdesk.report.boundary.JournalistLoad;
import org.factdesk.report.boundary.OutletConflicts;
import org.factdesk.report.boundary.OutletVerdicts;
import org.factdesk.report.boundary.StateTime;
import org.factdesk.report.boundary.WeekThroughput;
import org.factdesk.review.entity.Verdict;
import org.factdesk.web.shared.ChartJs;
import org.factdesk.web.shared.ChartJs.Series;

/** The reports page's charts, drawn from the same rows its tables show. */
final class ReportCharts {

    /** Green for true through red for false, grey for unverifiable: the colours readers expect of a rating. */
    private static final List<String> VERDICT_COLOURS = List.of("#1b7837", "#7fbf7b", "#f1c232", "#ef8a62", "#b2182b", "#8c8c8c");

    private ReportCharts() {
    }

    static String funnel(List<FunnelStep> steps, Function<String, String> text) {
        return ChartJs.horizontalBars(steps.stream().map(s -> text.apply("reports.stage." + s.stage())).toList(),
                List.of(new Series(text.apply("reports.col.articles"), steps.stream().map(FunnelStep::articles).toList(), PALETTE.get(0))),
                false);
    }

    static String timeInState(List<StateTime> rows, Function<String, String> text) {
        return ChartJs.bars(rows.stream().map(r -> text.apply("reports.state." + r.state())).toList(), List.of(
                new Series(text.apply("reports.col.medianHours"), rows.stream().map(r -> hours(r.median())).toList(), PALETTE.get(0)),
                new Series(text.apply("reports.col.p90Hours"), rows.stream().map(r -> hours(r.percentile90())).toList(), PALETTE.get(1))));
    }

    static String weeks(List<WeekThroughput> weeks, Function<String, String> text) {
        return ChartJs.lines(weeks.stream().map(w -> w.weekStart().toString()).toList(), List.of(
                new Series(text.apply("reports.col.ingested"), weeks.stream().map(WeekThroughput::ingested).toList(), PALETTE.get(0)),
                new Series(text.apply("reports.col.approved"), weeks.stream().map(WeekThroughput::approved).toList(), PALETTE.get(1)),
                new Series(text.apply("reports.col.published"), weeks.stream().map(WeekThroughput::published).toList(), PALETTE.get(2))));
    }

    static String workload(List<JournalistLoad> loads, Function<String, String> text) {
        return ChartJs.horizontalBars(loads.stream().map(JournalistLoad::displayName).toList(), List.of(
                new Series(text.apply("reports.col.onTime"), loads.stream().map(l -> l.open() - l.overdue()).toList(), PALETTE.get(0)),
                new Series(text.apply("reports.col.overdue"), loads.stream().map(JournalistLoad::overdue).toList(), PALETTE.get(3))), true);
    }

    static String verdicts(Map<Verdict, Long> counts, Map<Verdict, String> labels, Function<String, String> text) {
        var verdicts = Arrays.asList(Verdict.values());
        return ChartJs.colouredBars(verdicts.stream().map(labels::get).toList(), verdicts.stream().map(counts::get).toList(),
                VERDICT_COLOURS, text.apply("reports.col.approvedReviews"));
    }

    static String verdictsPerOutlet(List<OutletVerdicts> rows, Map<Verdict, String> labels) {
        return ChartJs.horizontalBars(rows.stream().map(OutletVerdicts::outlet).toList(), Arrays.stream(Verdict.values())
                .map(v -> new Series(labels.get(v), rows.stream().map(r -> r.count(v)).toList(), VERDICT_COLOURS.get(v.ordinal())))
                .toList(), true);
    }

    static String conflicts(List<OutletConflicts> rows, Function<String, String> text) {
        return ChartJs.horizontalBars(rows.stream().map(OutletConflicts::outlet).toList(), Arrays.stream(ConflictKind.values())
                .map(k -> new Series(text.apply("reports.conflict." + k), rows.stream().map(r -> r.count(k)).toList(),
                        PALETTE.get(k.ordinal())))
                .toList(), true);
    }

    /** Hours with one decimal, for charts and exports; no stays is zero on a chart. */
    static double hours(Duration duration) {
        return duration == null ? 0 : Math.round(duration.toMinutes() / 6.0) / 10.0;
    }
}
