package org.factdesk.analysis.evaluation;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import org.factdesk.analysis.clean.BenchmarkPage;

/**
 * Trafilatura's annotated pages, English subset (184 pages): segments that must and must not survive extraction,
 * scored with {@link SegmentScore}. No stored outputs of other tools come with this subset.
 */
public final class TrafilaturaEvaluation implements Evaluation {

    static final String DATASET = "trafilatura-en";
    private static final String FOLDER = "trafilatura-eval-en";

    @Override
    public String name() {
        return "cleaning on " + DATASET;
    }

    @Override
    public List<Result> run(Path dataDir) throws IOException {
        var folder = dataDir.resolve(FOLDER);
        var gold = BenchmarkFiles.json(folder.resolve("evaldata-en.json"));
        var pages = new ArrayList<Page>();
        for (var page : BenchmarkPage.trafilatura(dataDir)) {
            pages.add(Page.of(page, page.id()));
        }
        var results = new ArrayList<Result>();
        score(DATASET, Extractor.all(pages), pages, gold, results);
        var textPages = pages.stream().map(p -> new Page(p.id(), p.url(), BenchmarkPage.asText(p.html()), p.site()))
                .toList();
        score(DATASET + "-as-text", Extractor.plainText(), textPages, gold, results);
        return results;
    }

    private static void score(String dataset, List<Extractor> extractors, List<Page> pages, JsonObject gold,
                              List<Result> results) {
        var runs = TimedRun.of(extractors, pages);
        for (var extractor : extractors) {
            var run = runs.get(extractor.name());
            var score = new SegmentScore();
            for (var url : gold.keySet()) {
                var annotation = gold.getJsonObject(url);
                score.add(run.outputs().get(url).text(), segments(annotation, "with"), segments(annotation, "without"));
            }
            var details = new LinkedHashMap<String, Double>();
            details.put("precision", score.precision());
            details.put("recall", score.recall());
            details.put("accuracy", score.accuracy());
            if (run.failures() > 0) {
                details.put("failures", (double) run.failures());
            }
            results.add(new Result(dataset, extractor.name(), "f1", score.f1(), details, run.docsPerSecond()));
        }
    }

    private static List<String> segments(JsonObject annotation, String side) {
        return annotation.getJsonArray(side).getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }
}
