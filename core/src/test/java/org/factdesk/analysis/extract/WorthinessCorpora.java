package org.factdesk.analysis.extract;

import jakarta.json.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.factdesk.analysis.evaluation.BenchmarkFiles;

/**
 * The training and held-out parts of the public check-worthiness sets in {@code claimbuster-checkworthiness}
 * (see its README): ClaimBuster two-class (debate sentences), CLEF 2019 task 1 (debates and speeches, labelled
 * per line, grouped by debate) and CLEF 2020 task 1 (COVID-19 tweets; the published training file already holds
 * the dev tweets, so they are told apart here). Sentences that also occur in any test split are dropped from
 * training: CLEF 2019's training debates repeat some ClaimBuster test sentences, and a model must not have seen a
 * sentence it is scored on.
 */
final class WorthinessCorpora {

    enum Source {
        CLAIMBUSTER(CheckWorthiness.Genre.DEBATE), CLEF2019(CheckWorthiness.Genre.DEBATE),
        CLEF2020(CheckWorthiness.Genre.TWEET);

        final CheckWorthiness.Genre genre;

        Source(CheckWorthiness.Genre genre) {
            this.genre = genre;
        }
    }

    /**
     * One labelled statement.
     *
     * @param group the debate it comes from (CLEF 2019), "dev" or "train" (CLEF 2020), else ""
     */
    record Statement(Source source, String group, String text, boolean worthy) {
    }

    private static final String ROOT = "claimbuster-checkworthiness";

    private WorthinessCorpora() {
    }

    /** Every training statement of the three sets (CLEF 2020 dev included, marked as group "dev"). */
    static List<Statement> training(Path data) throws IOException {
        var dir = data.resolve(ROOT);
        var tests = testTexts(dir);
        var statements = new ArrayList<Statement>();
        statements.addAll(claimBuster(dir.resolve("two_class/train.json")));
        statements.addAll(clef2019(dir.resolve("clef19/CT19-T1-Training.csv")));
        var dev = new HashSet<String>();
        for (var tweet : clef2020(dir.resolve("clef20/task1/dev_v2.tsv"), "dev")) {
            dev.add(tweet.text());
            statements.add(tweet);
        }
        for (var tweet : clef2020(dir.resolve("clef20/task1/training_v2.tsv"), "train")) {
            if (!dev.contains(tweet.text())) {
                statements.add(tweet);
            }
        }
        return statements.stream().filter(s -> !tests.contains(normal(s.text()))).toList();
    }

    static List<Statement> claimBuster(Path json) throws IOException {
        var statements = new ArrayList<Statement>();
        try (var reader = Json.createReader(Files.newBufferedReader(json, StandardCharsets.UTF_8))) {
            for (var value : reader.readArray()) {
                var row = value.asJsonObject();
                statements.add(new Statement(Source.CLAIMBUSTER, "", row.getString("text"), row.getInt("label") == 1));
            }
        }
        return statements;
    }

    /** Columns line_number, speaker, text, label, file_name; quoted as CSV. */
    static List<Statement> clef2019(Path csv) throws IOException {
        var rows = BenchmarkFiles.delimitedRows(Files.readString(csv, StandardCharsets.UTF_8), ',');
        var statements = new ArrayList<Statement>();
        for (var row : rows.subList(1, rows.size())) {
            if (row.size() >= 5) {
                statements.add(new Statement(Source.CLEF2019, row.get(4), row.get(2), "1".equals(row.get(3).strip())));
            }
        }
        return statements;
    }

    /** Columns topic_id, tweet_id, tweet_url, tweet_text, claim, check_worthiness. */
    static List<Statement> clef2020(Path tsv, String group) throws IOException {
        var lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
        var statements = new ArrayList<Statement>();
        for (var line : lines.subList(1, lines.size())) {
            var columns = line.split("\t");
            if (columns.length >= 6) {
                statements.add(new Statement(Source.CLEF2020, group, columns[3], "1".equals(columns[5].strip())));
            }
        }
        return statements;
    }

    private static Set<String> testTexts(Path dir) throws IOException {
        var texts = new HashSet<String>();
        claimBuster(dir.resolve("two_class/test.json")).forEach(s -> texts.add(normal(s.text())));
        clef2019(dir.resolve("clef19/CT19-T1-Test.csv")).forEach(s -> texts.add(normal(s.text())));
        var tweets = Files.readAllLines(dir.resolve("clef20/task1/test-gold.tsv"), StandardCharsets.UTF_8);
        tweets.subList(1, tweets.size()).forEach(line -> {
            var columns = line.split("\t");
            if (columns.length > 3) {
                texts.add(normal(columns[3]));
            }
        });
        return texts;
    }

    static String normal(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
