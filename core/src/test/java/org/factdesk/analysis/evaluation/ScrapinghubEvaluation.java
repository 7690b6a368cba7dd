package org.factdesk.analysis.evaluation;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.factdesk.analysis.clean.BenchmarkPage;

/**
 * Scrapinghub's article-extraction benchmark: 181 news pages with the article body as gold. Scores the engine,
 * Readability4J and every stored output of other tools under {@code reference-outputs/} with {@link ShingleScore}.
 */
public final class ScrapinghubEvaluation implements Evaluation {

    static final String DATASET = "scrapinghub";
    private static final String FOLDER = "scrapinghub-article-extraction-benchmark";

    @Override
    public String name() {
        return "cleaning on " + DATASET;
    }

    @Override
    public List<Result> run(Path dataDir) throws IOException {
        var folder = dataDir.resolve(FOLDER);
        var gold = BenchmarkFiles.json(folder.resolve("ground-truth.json"));
        var pages = new ArrayList<Page>();
        for (var page : BenchmarkPage.scrapinghub(dataDir)) {
            pages.add(Page.of(page, BenchmarkFiles.stringOrNull(gold.getJsonObject(page.id()), "url")));
        }
        var results = new ArrayList<Result>();
        var extractors = Extractor.all(pages);
        var runs = TimedRun.of(extractors, pages);
        for (var extractor : extractors) {
            var run = runs.get(extractor.name());
            var texts = new LinkedHashMap<String, String>();
            run.outputs().forEach((id, extracted) -> texts.put(id, extracted.text()));
            results.add(score(extractor.name(), gold, texts, run.docsPerSecond(), run.failures()));
        }
        var textPages = pages.stream().map(p -> new Page(p.id(), p.url(), BenchmarkPage.asText(p.html()), p.site()))
                .toList();
        var textExtractors = Extractor.plainText();
        var textRuns = TimedRun.of(textExtractors, textPages);
        for (var extractor : textExtractors) {
            var run = textRuns.get(extractor.name());
            var texts = new LinkedHashMap<String, String>();
            run.outputs().forEach((id, extracted) -> texts.put(id, extracted.text()));
            var result = score(extractor.name(), gold, texts, run.docsPerSecond(), run.failures());
            results.add(new Result(DATASET + "-as-text", result.system(), result.metric(), result.value(),
                    result.details(), result.docsPerSecond()));
        }
        try (Stream<Path> files = Files.list(folder.resolve("reference-outputs"))) {
            for (var file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                var system = file.getFileName().toString().replaceFirst("\\.json$", "");
                results.add(score(system, gold, storedTexts(BenchmarkFiles.json(file)), null, 0));
            }
        }
        return results;
    }

    /** Stored outputs are either {@code {id: {articleBody}}} or that map wrapped in {@code {"output": ...}}. */
    private static Map<String, String> storedTexts(JsonObject stored) {
        var outputs = stored.containsKey("output") ? stored.getJsonObject("output") : stored;
        var texts = new LinkedHashMap<String, String>();
        for (var id : outputs.keySet()) {
            var value = outputs.get(id);
            if (value instanceof JsonObject entry) {
                texts.put(id, BenchmarkFiles.stringOrNull(entry, "articleBody"));
            }
        }
        return texts;
    }

    private static Result score(String system, JsonObject gold, Map<String, String> texts, Double docsPerSecond,
                                int failures) {
        var score = new ShingleScore();
        for (var id : gold.keySet()) {
            score.add(gold.getJsonObject(id).getString("articleBody"), texts.get(id));
        }
        var details = new LinkedHashMap<String, Double>();
        details.put("precision", score.precision());
        details.put("recall", score.recall());
        details.put("accuracy", score.accuracy());
        if (failures > 0) {
            details.put("failures", (double) failures);
        }
        return new Result(DATASET, system, "f1", score.f1(), details, docsPerSecond);
    }
}
