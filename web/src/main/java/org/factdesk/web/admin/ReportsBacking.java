package org.factdesk.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.factdesk.analysis.ConflictKind;
import org.factdesk.report.boundary.FunnelStep;
import org.factdesk.report.boundary.JournalistLoad;
import org.factdesk.report.boundary.OutletConflicts;
import org.factdesk.report.boundary.OutletFunnel;
import org.factdesk.report.boundary.OutletVerdicts;
import org.factdesk.report.boundary.ReportOverview;
import org.factdesk.report.boundary.ReportPeriod;
import org.factdesk.report.boundary.ReportService;
import org.factdesk.report.boundary.StateTime;
import org.factdesk.report.boundary.WeekThroughput;
import org.factdesk.review.entity.Verdict;
import org.factdesk.shared.boundary.BusinessException;
import org.factdesk.web.shared.BundleMessages;
import org.factdesk.web.shared.PagedRows;
import org.factdesk.web.shared.Refusals;
import org.factdesk.web.shared.VerdictLabels;
import org.omnifaces.util.Components;
import org.omnifaces.util.Faces;

/**
 * /admin/reports.xhtml?from=&to=: the desk's figures for a period of days, the last 30 by default. The period
 * lives in the URL, so a report can be bookmarked and shared; every table exports to CSV, Excel and PDF.
 */
@Named
@ViewScoped
public class ReportsBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int CHART_ROWS = 10;
    /** The attribute of an export button that names what its table shows. */
    private static final String EXPORT_HEADING = "exportHeading";
    private static final DateTimeFormatter EXPORTED_AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Inject
    ReportService reports;

    @Inject
    VerdictLabels verdictLabels;

    private String fromParam;
    private String toParam;
    private LocalDate from;
    private LocalDate to;
    private ReportPeriod period;
    private List<FunnelStep> funnel;
    private List<StateTime> stateTimes;
    private List<WeekThroughput> weeks;
    private List<Map.Entry<Verdict, Long>> verdicts;
    private PagedRows<OutletFunnel> outletFunnels;
    private PagedRows<JournalistLoad> workload;
    private PagedRows<OutletVerdicts> outletVerdicts;
    private PagedRows<OutletConflicts> conflicts;
    private Map<String, String> charts;
    private boolean conflictsFlagged;

    public void load() {
        period = RequestedPeriod.of(fromParam, toParam, ZoneId.systemDefault());
        from = period.from();
        to = period.to();
        var overview = reports.overview(period, CHART_ROWS);
        funnel = overview.funnel();
        stateTimes = overview.stateTimes();
        weeks = overview.weeks();
        verdicts = List.copyOf(overview.verdicts().entrySet());
        conflictsFlagged = overview.conflictsFlagged();
        charts = drawCharts(overview);
        var shown = period;
        outletFunnels = new PagedRows<>((first, size) -> reports.funnelPerOutlet(shown, first, size), OutletFunnel::outlet);
        workload = new PagedRows<>(reports::workload, JournalistLoad::username);
        outletVerdicts = new PagedRows<>((first, size) -> reports.verdictsPerOutlet(shown, first, size), OutletVerdicts::outlet);
        conflicts = new PagedRows<>((first, size) -> reports.conflictsPerOutlet(shown, first, size), OutletConflicts::outlet);
    }

    private Map<String, String> drawCharts(ReportOverview overview) {
        Function<String, String> text = Faces.getResourceBundle("msg")::getString;
        var labels = verdictLabels.getAll();
        return Map.of("funnel", ReportCharts.funnel(funnel, text),
                "stateTimes", ReportCharts.timeInState(stateTimes, text),
                "weeks", ReportCharts.weeks(weeks, text),
                "verdicts", ReportCharts.verdicts(overview.verdicts(), labels, text),
                "workload", ReportCharts.workload(overview.topWorkload(), text),
                "outletVerdicts", ReportCharts.verdictsPerOutlet(overview.topOutletVerdicts(), labels),
                "conflicts", ReportCharts.conflicts(overview.topConflicts(), text));
    }

    /** Shows the chosen period; a period the desk cannot report on is refused with its reason, and the page stays. */
    public String show() {
        try {
            var chosen = new ReportPeriod(from, to, ZoneId.systemDefault());
            return "/admin/reports?faces-redirect=true&from=" + chosen.from() + "&to=" + chosen.to();
        } catch (BusinessException e) {
            Refusals.show(e);
            return null;
        }
    }

    /** The first day of the preset "last n days", for the quick links. */
    public LocalDate daysBack(int days) {
        return LocalDate.now(ZoneId.systemDefault()).minusDays(days - 1L);
    }

    public LocalDate getToday() {
        return LocalDate.now(ZoneId.systemDefault());
    }

    /**
     * The PDF exporter's pre-processor: heads the table with its title (the export button's {@code exportHeading}
     * attribute), the period and the moment of the export.
     */
    public void headPdf(Object document) {
        var title = String.valueOf(Components.getCurrentActionSource().getAttributes().get(EXPORT_HEADING));
        PdfHeading.write((com.lowagie.text.Document) document, title,
                BundleMessages.text("reports.period", period.from(), period.to()),
                BundleMessages.text("reports.exported", EXPORTED_AT.format(LocalDateTime.now(ZoneId.systemDefault()))));
    }

    /** A name for exported files that says which period they cover. */
    public String fileName(String table) {
        return table + "-" + period.from() + "_" + period.to();
    }

    public double hours(Duration duration) {
        return ReportCharts.hours(duration);
    }

    public boolean isAnythingIngested() {
        return funnel.get(0).articles() > 0;
    }

    public boolean isAnythingApproved() {
        return verdicts.stream().anyMatch(e -> e.getValue() > 0);
    }

    public boolean isConflictsFlagged() {
        return conflictsFlagged;
    }

    public Map<String, String> getCharts() {
        return charts;
    }

    public ReportPeriod getPeriod() {
        return period;
    }

    public List<FunnelStep> getFunnel() {
        return funnel;
    }

    public List<StateTime> getStateTimes() {
        return stateTimes;
    }

    public List<WeekThroughput> getWeeks() {
        return weeks;
    }

    public List<Map.Entry<Verdict, Long>> getVerdicts() {
        return verdicts;
    }

    public PagedRows<OutletFunnel> getOutletFunnels() {
        return outletFunnels;
    }

    public PagedRows<JournalistLoad> getWorkload() {
        return workload;
    }

    public PagedRows<OutletVerdicts> getOutletVerdicts() {
        return outletVerdicts;
    }

    public PagedRows<OutletConflicts> getConflicts() {
        return conflicts;
    }

    public Verdict[] getVerdictScale() {
        return Verdict.values();
    }

    public ConflictKind[] getConflictKinds() {
        return ConflictKind.values();
    }

    public String getFromParam() {
        return fromParam;
    }

    public void setFromParam(String fromParam) {
        this.fromParam = fromParam;
    }

    public String getToParam() {
        return toParam;
    }

    public void setToParam(String toParam) {
        this.toParam = toParam;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
