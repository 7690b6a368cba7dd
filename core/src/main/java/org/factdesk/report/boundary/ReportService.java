package org.factdesk.report.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.factdesk.report.control.OutletFigures;
import org.factdesk.report.control.PipelineFigures;
import org.factdesk.report.control.WorkloadFigures;
import org.factdesk.review.entity.Verdict;
import org.factdesk.shared.boundary.Page;
import org.factdesk.user.entity.Role;

/**
 * Figures for the people who run the desk, over a period of days: how the pipeline moves, how long articles wait
 * in each state, who holds which work, what the desk concluded about each outlet, and where outlets disagree.
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class ReportService {

    @Inject
    PipelineFigures pipeline;

    @Inject
    WorkloadFigures workload;

    @Inject
    OutletFigures outlets;

    /** Everything above the paged tables of the reports page, in one call; {@code chartRows} rows per chart. */
    public ReportOverview overview(ReportPeriod period, int chartRows) {
        var topConflicts = conflictsPerOutlet(period, 0, chartRows);
        return new ReportOverview(funnel(period), timeInState(period), throughputPerWeek(period), verdicts(period),
                workload(0, chartRows).rows(), verdictsPerOutlet(period, 0, chartRows).rows(), topConflicts.rows(),
                topConflicts.total() > 0);
    }

    public List<FunnelStep> funnel(ReportPeriod period) {
        return pipeline.funnel(period);
    }

    public Page<OutletFunnel> funnelPerOutlet(ReportPeriod period, int first, int pageSize) {
        return new Page<>(pipeline.outletFunnels(period, Math.max(0, first), Page.clampSize(pageSize)),
                pipeline.outletsIngesting(period));
    }

    public List<StateTime> timeInState(ReportPeriod period) {
        return pipeline.timeInState(period, Instant.now());
    }

    public List<WeekThroughput> throughputPerWeek(ReportPeriod period) {
        return pipeline.throughput(period);
    }

    /** Open work as it stands now; it has no period. */
    public Page<JournalistLoad> workload(int first, int pageSize) {
        return new Page<>(workload.page(Instant.now(), Math.max(0, first), Page.clampSize(pageSize)), workload.count());
    }

    /** Verdicts of the reviews approved in the period, every verdict listed even when none has it. */
    public Map<Verdict, Long> verdicts(ReportPeriod period) {
        return outlets.verdicts(period);
    }

    public Page<OutletVerdicts> verdictsPerOutlet(ReportPeriod period, int first, int pageSize) {
        return new Page<>(outlets.verdictsPerOutlet(period, Math.max(0, first), Page.clampSize(pageSize)),
                outlets.outletsWithVerdicts(period));
    }

    public Page<OutletConflicts> conflictsPerOutlet(ReportPeriod period, int first, int pageSize) {
        return new Page<>(outlets.conflictsPerOutlet(period, Math.max(0, first), Page.clampSize(pageSize)),
                outlets.outletsWithConflicts(period));
    }
}
