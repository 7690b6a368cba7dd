package org.factdesk.analysis.evaluation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.function.Predicate;
import org.factdesk.analysis.ConflictKind;
import org.factdesk.analysis.SourceDocument;
import org.factdesk.analysis.extract.RuleBasedAnalyzer;
import org.factdesk.analysis.story.StoryGrouping;

/**
 * What an editor expects of the five seed copies, written down before measuring: speakers of known quotes, one
 * story, 000/001 as duplicates, the Vladivostok/Vostochny place conflict, the "tight schedule"/"being busy" quote
 * variants matched, and no conflict between claims that agree. Value: share of expectations met.
 */
public final class SeedExpectationsEvaluation implements Evaluation {

    private static final List<String> SEEDS = List.of("000_bf663e8572b57d44.txt", "001_199e5ac08dbcf22c.txt",
            "002_12d57e7f6210e6f8.txt", "003_1b585e5154195667.txt", "004_6b55d9e8d47e983b.txt");

    @Override
    public String name() {
        return "seeds";
    }

    @Override
    public List<Result> run(Path dataDir) throws IOException {
        var started = System.nanoTime();
        var analyzer = new RuleBasedAnalyzer();
        var articles = new ArrayList<StoryGrouping.Article>();
        for (var seed : SEEDS) {
            try (var in = getClass().getResourceAsStream("/org/factdesk/demo/seeds/" + seed)) {
                var text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                articles.add(new StoryGrouping.Article(seed, analyzer.analyze(SourceDocument.of(seed, text))));
            }
        }
        var grouping = new StoryGrouping().group(articles);
        var checks = new LinkedHashMap<String, Boolean>();
        checks.put("speaker thanks", speaker(articles.get(0), "Thank you for inviting us", "Kim Jong Un"));
        checks.put("speaker rockets", speaker(articles.get(0), "The North Korean leadership", "Vladimir Putin"));
        checks.put("speaker disclosure", speaker(articles.get(0), "should not become", "Dmitry Peskov"));
        checks.put("speaker friendship", speaker(articles.get(2), "Our friendship", "Kim Jong Un"));
        checks.put("speaker busy", speaker(articles.get(4), "despite being busy", "Kim Jong-un"));
        checks.put("speaker slowly", speaker(articles.get(4), "We will talk about all topics", "Vladimir Putin"));
        checks.put("one story", grouping.stories().equals(List.of(SEEDS)));
        checks.put("duplicates", grouping.duplicates().equals(List.of(List.of(SEEDS.get(0), SEEDS.get(1)))));
        checks.put("place conflict", grouping.matches().stream().anyMatch(m -> m.comparison().conflicts().stream()
                .anyMatch(c -> c.kind() == ConflictKind.PLACE && (c.value() + c.otherValue()).contains("Vladivostok")
                        && (c.value() + c.otherValue()).contains("Vostochny"))));
        checks.put("quote variants", grouping.matches().stream().anyMatch(m -> m.claim().text().contains("tight schedule")
                && m.otherClaim().text().contains("being busy")));
        Predicate<StoryGrouping.ClaimPair> falseConflict = m -> m.comparison().conflicting()
                && m.comparison().conflicts().stream().noneMatch(c -> c.kind() == ConflictKind.PLACE);
        checks.put("no other conflicts", grouping.matches().stream().noneMatch(falseConflict));
        checks.forEach((name, ok) -> System.err.println("  seeds " + name + ": " + (ok ? "ok" : "MISSED")));
        var met = checks.values().stream().filter(ok -> ok).count();
        var details = new LinkedHashMap<String, Double>();
        details.put("checks", (double) checks.size());
        details.put("matches", (double) grouping.matches().size());
        details.put("conflicts", (double) grouping.matches().stream().filter(m -> m.comparison().conflicting()).count());
        var seconds = (System.nanoTime() - started) / 1e9;
        return List.of(new Result("seeds-vostochny", "factdesk", "met", met / (double) checks.size(), details,
                SEEDS.size() / seconds));
    }

    /** A claim opening with these words (the bare quote, or its whole sentence from the quotation mark) has this speaker. */
    private static boolean speaker(StoryGrouping.Article article, String start, String speaker) {
        return article.analysis().claims().stream()
                .anyMatch(c -> c.text().replaceFirst("^[\"“„«‘']+", "").startsWith(start) && speaker.equals(c.speaker()));
    }
}
