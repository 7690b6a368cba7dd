package org.factdesk.analysis.evaluation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.factdesk.analysis.extract.CheckWorthiness;

/**
 * Check-worthiness ranking on CLEF 2020 CheckThat! task 1 (English COVID-19 tweets, test split with gold labels):
 * tweets of each topic ranked by score ({@link CheckWorthiness.Genre#TWEET}), average precision per topic, mean over
 * topics (MAP). The model learned from the training and dev tweets of the same task and from debate sentences; it
 * never saw these tweets.
 */
public final class Clef2020CheckWorthinessEvaluation implements Evaluation {

    @Override
    public String name() {
        return "clef2020-t1";
    }

    @Override
    public List<Result> run(Path dataDir) throws IOException {
        var worthiness = new CheckWorthiness();
        record Scored(double score, boolean worthy) {
        }
        var byTopic = new HashMap<String, List<Scored>>();
        var lines = Files.readAllLines(dataDir.resolve("claimbuster-checkworthiness/clef20/task1/test-gold.tsv"),
                StandardCharsets.UTF_8);
        var started = System.nanoTime();
        for (var line : lines.subList(1, lines.size())) {
            var columns = line.split("\t");
            if (columns.length < 6) {
                continue;
            }
            var score = worthiness.assess(columns[3], CheckWorthiness.Genre.TWEET).score();
            byTopic.computeIfAbsent(columns[0], t -> new ArrayList<>())
                    .add(new Scored(score, "1".equals(columns[5].strip())));
        }
        var seconds = (System.nanoTime() - started) / 1e9;
        var precisions = new ArrayList<Double>();
        var precisionAt10 = new ArrayList<Double>();
        var tweets = 0;
        for (var scored : byTopic.values()) {
            scored.sort(Comparator.comparingDouble(Scored::score).reversed());
            var worthy = scored.stream().map(Scored::worthy).toList();
            precisions.add(averagePrecision(worthy));
            precisionAt10.add(worthy.subList(0, Math.min(10, worthy.size())).stream().filter(w -> w).count() / 10.0);
            tweets += scored.size();
        }
        Map<String, Double> details = new LinkedHashMap<>();
        details.put("p@10", mean(precisionAt10));
        details.put("topics", (double) byTopic.size());
        details.put("n", (double) tweets);
        return List.of(new Result("clef2020-t1-test", "factdesk-logreg", "map", mean(precisions), details,
                tweets / seconds));
    }

    /** Mean of precision at each relevant item's rank, over all relevant items. */
    static double averagePrecision(List<Boolean> ranked) {
        var found = 0;
        var sum = 0.0;
        for (var rank = 0; rank < ranked.size(); rank++) {
            if (ranked.get(rank)) {
                found++;
                sum += found / (double) (rank + 1);
            }
        }
        return found == 0 ? 0 : sum / found;
    }

    private static double mean(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).average().orElse(0);
    }
}
