package org.factdesk.analysis.evaluation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.factdesk.analysis.extract.CheckWorthiness;

/**
 * Check-worthiness ranking on CLEF 2019 CheckThat! task 1 (English political debates and speeches, test split, 7
 * transcripts): each transcript's sentences ranked by score ({@link CheckWorthiness.Genre#DEBATE}), average
 * precision per transcript, mean over transcripts (MAP), as the task scored it. Few sentences are check-worthy
 * (about 2 in 100), so figures are low: the task's best run had MAP 0.166. The model never saw these transcripts.
 */
public final class Clef2019CheckWorthinessEvaluation implements Evaluation {

    @Override
    public String name() {
        return "clef2019-t1";
    }

    @Override
    public List<Result> run(Path dataDir) throws IOException {
        var worthiness = new CheckWorthiness();
        record Scored(double score, boolean worthy) {
        }
        var byDebate = new LinkedHashMap<String, List<Scored>>();
        var rows = BenchmarkFiles.delimitedRows(Files.readString(dataDir.resolve("claimbuster-checkworthiness/clef19/CT19-T1-Test.csv"),
                StandardCharsets.UTF_8), ',');
        var started = System.nanoTime();
        for (var row : rows.subList(1, rows.size())) {
            if (row.size() < 5) {
                continue;
            }
            var score = worthiness.assess(row.get(2), CheckWorthiness.Genre.DEBATE).score();
            byDebate.computeIfAbsent(row.get(4), d -> new ArrayList<>())
                    .add(new Scored(score, "1".equals(row.get(3).strip())));
        }
        var seconds = (System.nanoTime() - started) / 1e9;
        var precisions = new ArrayList<Double>();
        var sentences = 0;
        for (var scored : byDebate.values()) {
            // ties keep the transcript's order, as a reader would meet them
            scored.sort(Comparator.comparingDouble(Scored::score).reversed());
            precisions.add(Clef2020CheckWorthinessEvaluation.averagePrecision(scored.stream().map(Scored::worthy)
                    .toList()));
            sentences += scored.size();
        }
        Map<String, Double> details = new LinkedHashMap<>();
        details.put("debates", (double) byDebate.size());
        details.put("n", (double) sentences);
        var map = precisions.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        return List.of(new Result("clef2019-t1-test", "factdesk-logreg", "map", map, details, sentences / seconds));
    }
}
