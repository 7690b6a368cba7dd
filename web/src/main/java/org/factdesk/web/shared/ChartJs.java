package org.factdesk.web.shared;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import org.factdesk.shared.boundary.ScriptJson;

/**
 * Chart.js configurations as PrimeFaces' p:chart takes them: a JSON string, which the page writes into a script
 * element. Charts are built here from plain labels and numbers, so a page's data decides what is drawn and the look
 * stays the same on every page; every configuration leaves through {@link ScriptJson}, because labels are names
 * people chose (outlets, staff, rating labels).
 */
public final class ChartJs {

    /** Colours that stay apart for colour-blind readers (Okabe and Ito), in the order series use them. */
    public static final List<String> PALETTE = List.of("#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#F0E442", "#000000");

    /** One named row of values, one per label. */
    public record Series(String name, List<? extends Number> values, String colour) {
    }

    private ChartJs() {
    }

    /** Vertical bars; several series stand side by side. */
    public static String bars(List<String> labels, List<Series> series) {
        return chart("bar", labels, series, false, false);
    }

    /** Horizontal bars, which keep long labels such as outlet names readable; stacked when there are several series. */
    public static String horizontalBars(List<String> labels, List<Series> series, boolean stacked) {
        return chart("bar", labels, series, true, stacked);
    }

    public static String lines(List<String> labels, List<Series> series) {
        return chart("line", labels, series, false, false);
    }

    /** Bars with one colour per label, for a distribution such as the verdicts. */
    public static String colouredBars(List<String> labels, List<? extends Number> values, List<String> colours, String name) {
        var dataset = Json.createObjectBuilder().add("label", name).add("data", numbers(values))
                .add("backgroundColor", strings(colours));
        return ScriptJson.of(config("bar", labels, Json.createArrayBuilder().add(dataset), false, false, false).build());
    }

    private static String chart(String type, List<String> labels, List<Series> series, boolean horizontal, boolean stacked) {
        var datasets = Json.createArrayBuilder();
        series.forEach(s -> datasets.add(Json.createObjectBuilder().add("label", s.name()).add("data", numbers(s.values()))
                .add("backgroundColor", s.colour()).add("borderColor", s.colour())));
        return ScriptJson.of(config(type, labels, datasets, series.size() > 1, horizontal, stacked).build());
    }

    private static JsonObjectBuilder config(String type, List<String> labels, jakarta.json.JsonArrayBuilder datasets,
                                            boolean legend, boolean horizontal, boolean stacked) {
        var valueAxis = Json.createObjectBuilder().add("beginAtZero", true).add("stacked", stacked);
        var options = Json.createObjectBuilder()
                .add("maintainAspectRatio", true)
                .add("plugins", Json.createObjectBuilder().add("legend", Json.createObjectBuilder().add("display", legend)))
                .add("scales", Json.createObjectBuilder()
                        .add(horizontal ? "x" : "y", valueAxis)
                        .add(horizontal ? "y" : "x", Json.createObjectBuilder().add("stacked", stacked)));
        if (horizontal) {
            options.add("indexAxis", "y");
        }
        return Json.createObjectBuilder().add("type", type)
                .add("data", Json.createObjectBuilder().add("labels", strings(labels)).add("datasets", datasets))
                .add("options", options);
    }

    private static jakarta.json.JsonArrayBuilder strings(List<String> values) {
        var array = Json.createArrayBuilder();
        values.forEach(array::add);
        return array;
    }

    private static jakarta.json.JsonArrayBuilder numbers(List<? extends Number> values) {
        var array = Json.createArrayBuilder();
        values.forEach(v -> array.add(Json.createValue(v.doubleValue())));
        return array;
    }
}
