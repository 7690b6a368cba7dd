package org.factdesk.analysis.evaluation;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.factdesk.analysis.boundary.AnalyzeFolder;

/**
 * The answer keys of the story folders written for testing (test resources {@code org/factdesk/analysis/stories}),
 * scored on what the {@code analyze} command prints for each folder: the same pipeline as ingest. One row per story
 * (share of its key's lines met) and one for all stories pooled; each missed line goes to standard error, so that
 * what the engine still gets wrong is read, not guessed.
 */
public final class UnseenStoriesEvaluation implements Evaluation {

    static final String STORIES = "/org/factdesk/analysis/stories";

    @Override
    public String name() {
        return "unseen stories";
    }

    @Override
    public List<Result> run(Path dataDir) throws IOException {
        var results = new ArrayList<Result>();
        var pooled = new TreeMap<String, int[]>();
        var files = 0;
        var seconds = 0.0;
        for (var folder : folders()) {
            var key = StoryKey.read(folder);
            var started = System.nanoTime();
            var report = parse(AnalyzeFolder.analyze(folder));
            var elapsed = (System.nanoTime() - started) / 1e9;
            var outcomes = key.score(report);
            var byKind = new TreeMap<String, int[]>();
            for (var outcome : outcomes) {
                count(byKind, outcome);
                count(pooled, outcome);
                if (!outcome.met()) {
                    System.err.println("  unseen " + key.story() + " MISSED " + outcome.kind() + ": " + outcome.line()
                            + (outcome.detail().isEmpty() ? "" : "  -> " + outcome.detail()));
                }
            }
            var articles = report.getJsonArray("articles").size();
            files += articles;
            seconds += elapsed;
            results.add(result("unseen-" + key.story(), byKind, articles / elapsed));
        }
        results.add(result("unseen-stories", pooled, files / seconds));
        return results;
    }

    static List<Path> folders() throws IOException {
        Path root;
        try {
            root = Path.of(UnseenStoriesEvaluation.class.getResource(STORIES).toURI());
        } catch (URISyntaxException e) {
            throw new IOException(e);
        }
        try (Stream<Path> listing = Files.list(root)) {
            return listing.filter(p -> Files.isRegularFile(p.resolve("key.tsv"))).sorted().toList();
        }
    }

    static JsonObject parse(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }

    private static void count(Map<String, int[]> byKind, StoryKey.Outcome outcome) {
        var counts = byKind.computeIfAbsent(outcome.kind(), k -> new int[2]);
        counts[0] += outcome.met() ? 1 : 0;
        counts[1]++;
    }

    private static Result result(String dataset, Map<String, int[]> byKind, double docsPerSecond) {
        var met = byKind.values().stream().mapToInt(c -> c[0]).sum();
        var total = byKind.values().stream().mapToInt(c -> c[1]).sum();
        var details = new LinkedHashMap<String, Double>();
        details.put("lines", (double) total);
        byKind.forEach((kind, counts) -> details.put(kind, counts[0] / (double) counts[1]));
        return new Result(dataset, "factdesk", "met", total == 0 ? 0 : met / (double) total, details, docsPerSecond);
    }
}
