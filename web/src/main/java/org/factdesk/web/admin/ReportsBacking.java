package org.factdesk.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.factdesk.article.entity.ArticleState;
import org.factdesk.report.boundary.OutletCount;
import org.factdesk.report.boundary.ReportService;
import org.factdesk.review.entity.Verdict;
import org.factdesk.web.shared.PagedRows;

/** /admin/reports.xhtml: articles per state, the verdict distribution and articles per outlet. */
@Named
@ViewScoped
public class ReportsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ReportService reports;

    private List<Map.Entry<ArticleState, Long>> states;
    private List<Map.Entry<Verdict, Long>> verdicts;
    private String verdictChart;
    private PagedRows<OutletCount> outlets;

    @PostConstruct
    void init() {
        states = List.copyOf(reports.articlesPerState().entrySet());
        verdicts = List.copyOf(reports.verdicts().entrySet());
        verdictChart = chartOf(verdicts);
        outlets = new PagedRows<>(reports::articlesPerOutlet, OutletCount::outlet);
    }

    /** A Chart.js bar chart configuration, as PrimeFaces' p:chart takes it. */
    private static String chartOf(List<Map.Entry<Verdict, Long>> counts) {
        var labels = Json.createArrayBuilder();
        var values = Json.createArrayBuilder();
        counts.forEach(e -> {
            labels.add(e.getKey().label());
            values.add(e.getValue());
        });
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", Json.createObjectBuilder()
                        .add("labels", labels)
                        .add("datasets", Json.createArrayBuilder().add(Json.createObjectBuilder()
                                .add("label", "Approved reviews")
                                .add("data", values)
                                .add("backgroundColor", Json.createArrayBuilder()
                                        .add("#2e7d32").add("#7cb342").add("#fbc02d").add("#ef6c00").add("#c62828").add("#78909c")))))
                .add("options", Json.createObjectBuilder()
                        .add("plugins", Json.createObjectBuilder().add("legend", Json.createObjectBuilder().add("display", false)))
                        .add("scales", Json.createObjectBuilder().add("y", Json.createObjectBuilder()
                                .add("beginAtZero", true).add("ticks", Json.createObjectBuilder().add("precision", 0)))))
                .build().toString();
    }

    public List<Map.Entry<ArticleState, Long>> getStates() {
        return states;
    }

    public List<Map.Entry<Verdict, Long>> getVerdicts() {
        return verdicts;
    }

    public String getVerdictChart() {
        return verdictChart;
    }

    public PagedRows<OutletCount> getOutlets() {
        return outlets;
    }
}
