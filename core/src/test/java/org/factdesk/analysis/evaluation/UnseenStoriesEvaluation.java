package org.factdesk.analysis.evaluation;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.factdesk.analysis.Analysis;
import org.factdesk.analysis.ConflictKind;
import org.factdesk.analysis.SourceDocument;
import org.factdesk.analysis.boundary.AnalyzeFolder;
import org.factdesk.analysis.compare.ClaimValues;
import org.factdesk.analysis.compare.ConflictFinder;
import org.factdesk.analysis.compare.MatchableClaim;
import org.factdesk.analysis.extract.RuleBasedAnalyzer;
import org.factdesk.analysis.story.StoryGrouping;

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
        results.add(givenPairs());
        return results;
    }

    /**
     * The conflict finder alone, as if the matcher had paired every two claims the key names: of each planted
     * disagreement of a figure, a day or a place, whether it is flagged with its values; of each pair the key says
     * agrees, whether no figure, day or place is flagged. Separates what the finder gets wrong from what the matcher
     * never shows it. Speakers are left out: they are the attribution's, not the finder's.
     */
    private static Result givenPairs() throws IOException {
        var analyzer = new RuleBasedAnalyzer();
        var finder = new ConflictFinder();
        var counts = new TreeMap<String, int[]>();
        var started = System.nanoTime();
        var files = 0;
        for (var folder : folders()) {
            var key = StoryKey.read(folder);
            var analyses = new HashMap<String, Analysis>();
            for (var line : key.lines()) {
                var kinds = line.kind().equals("conflict") ? Set.of(line.fields().get(0).split("\\|")) : Set.<String>of();
                if (!line.kind().equals("agree") && !(line.kind().equals("conflict") && !kinds.contains("SPEAKER"))) {
                    continue;
                }
                var f = line.kind().equals("conflict") ? line.fields().subList(1, line.fields().size()) : line.fields();
                var a = claim(folder, f.get(0), f.get(1), analyses, analyzer);
                var b = claim(folder, f.get(2), f.get(3), analyses, analyzer);
                var met = false;
                var detail = "no claim";
                if (a != null && b != null) {
                    var found = finder.between(a, b, ClaimValues.of(a.text(), a.published()),
                            ClaimValues.of(b.text(), b.published())).stream()
                            .filter(c -> c.kind() != ConflictKind.SPEAKER).toList();
                    met = line.kind().equals("agree") ? found.isEmpty() : found.stream().anyMatch(c ->
                            kinds.contains(c.kind().name())
                                    && StoryKey.valuesLike(List.of(c.value(), c.otherValue()), f.get(4), f.get(5)));
                    detail = "found " + found.stream().map(c -> c.kind() + " " + c.value() + " / " + c.otherValue()).toList();
                }
                var kind = line.kind() + "-given-pair";
                count(counts, new StoryKey.Outcome(kind, line.text(), met, detail));
                if (!met) {
                    System.err.println("  unseen " + key.story() + " MISSED " + kind + ": " + line.text() + "  -> " + detail);
                }
            }
            files += analyses.size();
        }
        return result("unseen-stories-given-pairs", counts, files / ((System.nanoTime() - started) / 1e9))
                .withSystem("factdesk-conflicts");
    }

    /** The first claim of the file that holds the fragment, as matching sees it. */
    private static MatchableClaim claim(Path folder, String file, String fragment, Map<String, Analysis> analyses,
                                        RuleBasedAnalyzer analyzer) throws IOException {
        var analysis = analyses.get(file);
        if (analysis == null) {
            analysis = analyzer.analyze(SourceDocument.of(file, Files.readString(folder.resolve(file))));
            analyses.put(file, analysis);
        }
        for (var candidate : analysis.filedClaims()) {
            if (StoryKey.contains(candidate.text(), fragment)) {
                return StoryGrouping.matchable(analysis, candidate);
            }
        }
        return null;
    }

    public static List<Path> folders() throws IOException {
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

    public static JsonObject parse(String json) {
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
