package org.factdesk.analysis.clean;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.factdesk.analysis.evaluation.BenchmarkFiles;
import org.jsoup.Jsoup;

/**
 * A page of one of the three public extraction benchmarks with its gold, as the content model is trained and
 * cross-validated on them. Evaluation data only: nothing of it ships, except the weights learned from it.
 *
 * @param site      the page's host, or for Mozilla's test pages the case name without its number: pages of one
 *                  site share their chrome, and cross-validation keeps them in one fold
 * @param goldText  the article text (Scrapinghub, Mozilla), or null
 * @param with      segments that must be in the extraction (Trafilatura), else empty
 * @param without   segments that must not be (Trafilatura), else empty
 * @param goldTitle the page's title as Mozilla's gold gives it, or null
 */
public record BenchmarkPage(String dataset, String id, String site, String html, String goldText, List<String> with,
                            List<String> without, String goldTitle) {

    public static final String SCRAPINGHUB = "scrapinghub";
    public static final String TRAFILATURA = "trafilatura-en";
    public static final String MOZILLA = "mozilla";

    /**
     * The page as plain text, as a reader who copies it from a browser pastes it: every block of the body a line,
     * scripts and styles left out.
     */
    public static String asText(String html) {
        var blocks = new HtmlCleaner().clean(new InputGuard().guardMarkup(html).text()).blocks();
        var text = new StringBuilder();
        for (var block : blocks) {
            text.append(block.text()).append('\n');
        }
        return text.toString();
    }

    public String key() {
        return dataset + ":" + id;
    }

    public static List<BenchmarkPage> loadAll(Path data) throws IOException {
        var pages = new ArrayList<BenchmarkPage>();
        pages.addAll(scrapinghub(data));
        pages.addAll(trafilatura(data));
        pages.addAll(mozilla(data));
        return pages;
    }

    public static List<BenchmarkPage> scrapinghub(Path data) throws IOException {
        var folder = data.resolve("scrapinghub-article-extraction-benchmark");
        var gold = BenchmarkFiles.json(folder.resolve("ground-truth.json"));
        var pages = new ArrayList<BenchmarkPage>();
        for (var id : gold.keySet()) {
            var entry = gold.getJsonObject(id);
            var url = BenchmarkFiles.stringOrNull(entry, "url");
            pages.add(new BenchmarkPage(SCRAPINGHUB, id, host(url, id),
                    BenchmarkFiles.html(folder.resolve("html").resolve(id + ".html.gz")), entry.getString("articleBody"),
                    List.of(), List.of(), null));
        }
        return pages;
    }

    public static List<BenchmarkPage> trafilatura(Path data) throws IOException {
        var folder = data.resolve("trafilatura-eval-en");
        var gold = BenchmarkFiles.json(folder.resolve("evaldata-en.json"));
        var pages = new ArrayList<BenchmarkPage>();
        for (var url : gold.keySet()) {
            var annotation = gold.getJsonObject(url);
            var file = annotation.getString("file");
            pages.add(new BenchmarkPage(TRAFILATURA, url, host(url, file),
                    BenchmarkFiles.html(folder.resolve("html").resolve(file + ".gz")), null,
                    segments(annotation, "with"), segments(annotation, "without"), null));
        }
        return pages;
    }

    public static List<BenchmarkPage> mozilla(Path data) throws IOException {
        var pages = new ArrayList<BenchmarkPage>();
        try (Stream<Path> folders = Files.list(data.resolve("mozilla-readability-test-pages/test-pages"))) {
            for (var folder : folders.filter(Files::isDirectory).sorted().toList()) {
                var id = folder.getFileName().toString();
                var metadata = BenchmarkFiles.json(folder.resolve("expected-metadata.json"));
                pages.add(new BenchmarkPage(MOZILLA, id, id.replaceFirst("-\\d+$", ""),
                        BenchmarkFiles.html(folder.resolve("source.html")),
                        Jsoup.parse(Files.readString(folder.resolve("expected.html"))).text(), List.of(), List.of(),
                        BenchmarkFiles.stringOrNull(metadata, "title")));
            }
        }
        return pages;
    }

    private static List<String> segments(JsonObject annotation, String side) {
        return annotation.getJsonArray(side).getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    /** The host without "www."; a file name's first part when the address has none. */
    private static String host(String url, String fallback) {
        try {
            var host = url == null ? null : URI.create(url.replace(" ", "%20")).getHost();
            if (host != null && !host.isBlank()) {
                return host.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
            }
        } catch (IllegalArgumentException e) {
            // an address the URI parser refuses: fall back to the file name
        }
        return fallback.replaceFirst("\\..*$", "");
    }
}
