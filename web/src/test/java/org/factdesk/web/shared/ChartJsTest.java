package org.factdesk.web.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.json.Json;
import java.io.StringReader;
import java.util.List;
import org.factdesk.web.shared.ChartJs.Series;
import org.junit.jupiter.api.Test;

/**
 * The reports page writes each chart's settings into a script element, and its labels are names anyone on the desk
 * can choose: an outlet named by an ingest, a member of staff, a rating label.
 */
class ChartJsTest {

    private static final String OUTLET = "X </script><script src=https://evil.example/x.js></script>";
    private static final String PERSON = "<img src=x onerror=alert(1)>";
    private static final String LABEL = "<!--<script>alert(2)</script>-->";

    @Test
    void noLabelOrSeriesNameCanEndTheScriptElement() {
        var series = List.of(new Series(PERSON, List.of(1, 2), ChartJs.PALETTE.get(0)), new Series(LABEL, List.of(3, 4), ChartJs.PALETTE.get(1)));
        for (var chart : List.of(
                ChartJs.bars(List.of(OUTLET, PERSON), series),
                ChartJs.horizontalBars(List.of(OUTLET, LABEL), series, true),
                ChartJs.lines(List.of(OUTLET, PERSON), series),
                ChartJs.colouredBars(List.of(OUTLET, LABEL), List.of(1, 2), List.of("#000", "#fff"), PERSON))) {
            assertFalse(chart.contains("<"), chart);
            assertFalse(chart.contains(">"), chart);
        }
    }

    @Test
    void theChartStillShowsTheNamesAsTheyWereWritten() {
        var chart = ChartJs.horizontalBars(List.of(OUTLET), List.of(new Series(PERSON, List.of(5), ChartJs.PALETTE.get(0))), false);

        var config = Json.createReader(new StringReader(chart)).readObject();

        assertEquals(OUTLET, config.getJsonObject("data").getJsonArray("labels").getString(0));
        assertEquals(PERSON, config.getJsonObject("data").getJsonArray("datasets").getJsonObject(0).getString("label"));
    }
}
