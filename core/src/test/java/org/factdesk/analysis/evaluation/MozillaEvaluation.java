package org.factdesk.analysis.evaluation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.factdesk.analysis.clean.BenchmarkPage;
import org.jsoup.Jsoup;

/**
 * Mozilla Readability's test pages (130): the text of {@code expected.html} scored with {@link ShingleScore}, and
 * title, byline and publication date against {@code expected-metadata.json} with {@link MetadataMatch}. Each
 * metadata accuracy counts only the pages whose gold has that field, since the gold is Readability.js output and a
 * field it missed is not known to be absent from the page.
 *
 * <p>About a quarter of the cases are unit tests of Readability.js whose whole text is "Lorem ipsum" filler, which
 * the engine deliberately treats as template boilerplate. {@code f1_no_filler} scores the text on the other pages.
 */
public final class MozillaEvaluation implements Evaluation {

    static final String DATASET = "mozilla";
    private static final String FOLDER = "mozilla-readability-test-pages/test-pages";

    private record Gold(String text, String title, String byline, String publishedTime) {
    }

    @Override
    public String name() {
        return "cleaning and metadata on " + DATASET;
    }

    @Override
    public List<Result> run(Path dataDir) throws IOException {
        var pages = new ArrayList<Page>();
        var golds = new LinkedHashMap<String, Gold>();
        try (Stream<Path> folders = Files.list(dataDir.resolve(FOLDER))) {
            for (var folder : folders.filter(Files::isDirectory).sorted().toList()) {
                var id = folder.getFileName().toString();
                var metadata = BenchmarkFiles.json(folder.resolve("expected-metadata.json"));
                golds.put(id, new Gold(Jsoup.parse(Files.readString(folder.resolve("expected.html"))).text(),
                        BenchmarkFiles.stringOrNull(metadata, "title"), BenchmarkFiles.stringOrNull(metadata, "byline"),
                        BenchmarkFiles.stringOrNull(metadata, "publishedTime")));
            }
        }
        for (var page : BenchmarkPage.mozilla(dataDir)) {
            pages.add(Page.of(page, Readability4jExtractor.FAKE_HOST));
        }
        var results = new ArrayList<Result>();
        var extractors = Extractor.all(pages);
        var runs = TimedRun.of(extractors, pages);
        for (var extractor : extractors) {
            var run = runs.get(extractor.name());
            var text = new ShingleScore();
            var realText = new ShingleScore();
            var title = new Accuracy();
            var byline = new Accuracy();
            var date = new Accuracy();
            golds.forEach((id, gold) -> {
                var extracted = run.outputs().get(id);
                text.add(gold.text(), extracted.text());
                if (!isFiller(gold.text())) {
                    realText.add(gold.text(), extracted.text());
                }
                title.count(gold.title(), MetadataMatch.sameTitle(gold.title(), extracted.title()));
                byline.count(gold.byline(), MetadataMatch.sameByline(gold.byline(), extracted.byline()));
                date.count(gold.publishedTime(), MetadataMatch.sameDate(gold.publishedTime(), extracted.published()));
            });
            var speed = run.docsPerSecond();
            results.add(new Result(DATASET, extractor.name(), "f1", text.f1(),
                    details(text.precision(), text.recall(), run.failures()), speed));
            results.add(new Result(DATASET, extractor.name(), "f1_no_filler", realText.f1(),
                    details(realText.precision(), realText.recall(), 0), speed));
            results.add(title.result(extractor.name(), "title_acc", speed));
            results.add(byline.result(extractor.name(), "byline_acc", speed));
            if (extractor.readsDates()) {
                results.add(date.result(extractor.name(), "date_acc", speed));
            }
        }
        return results;
    }

    private static boolean isFiller(String text) {
        return text.toLowerCase(Locale.ROOT).contains("lorem ipsum");
    }

    private static Map<String, Double> details(double precision, double recall, int failures) {
        var details = new LinkedHashMap<String, Double>();
        details.put("precision", precision);
        details.put("recall", recall);
        if (failures > 0) {
            details.put("failures", (double) failures);
        }
        return details;
    }

    /** Matches among the pages whose gold has the field. */
    private static final class Accuracy {
        private int pages;
        private int matches;

        void count(String gold, boolean match) {
            if (gold != null && !gold.isBlank()) {
                pages++;
                matches += match ? 1 : 0;
            }
        }

        Result result(String system, String metric, double docsPerSecond) {
            var details = new LinkedHashMap<String, Double>();
            details.put("pages", (double) pages);
            var accuracy = pages == 0 ? 0 : (double) matches / pages;
            return new Result(DATASET, system, metric, accuracy, details, docsPerSecond);
        }
    }
}
