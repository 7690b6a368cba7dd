package org.factdesk.analysis.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;
import org.factdesk.analysis.SourceDocument;
import org.factdesk.analysis.clean.DocumentCleaner;
import org.factdesk.analysis.compare.ClaimMatcher;
import org.factdesk.analysis.extract.RuleBasedAnalyzer;
import org.factdesk.analysis.retrieval.MiniLmEmbeddings;
import org.factdesk.analysis.story.StoryGrouping;
import org.factdesk.analysis.story.StoryVector;
import org.factdesk.article.control.SourceDecoder;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Documents per second per core for the claim engine, on one thread: the five seed stories as plain text (full
 * analysis), and news pages of the Scrapinghub benchmark as HTML (cleaning only, full analysis, and full analysis
 * with the sentence model on the claims and the story vector, each run on one core). Each
 * operation is a whole set of documents, so the score is documents per second. Run it with
 * {@code mvn -q -pl core test-compile exec:java@bench -Dexec.args="EngineBenchmark"} (see README "Claim engine").
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(1)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 3)
public class EngineBenchmark {

    static final int SEEDS = 5;
    static final int PAGES = 40;
    private static final String SEED_FOLDER = "/org/factdesk/demo/seeds/";
    private static final List<String> SEED_NAMES = List.of("000_bf663e8572b57d44.txt", "001_199e5ac08dbcf22c.txt",
            "002_12d57e7f6210e6f8.txt", "003_1b585e5154195667.txt", "004_6b55d9e8d47e983b.txt");

    /** The shared evaluation data; relative paths resolve against the directory Maven was started in. */
    @Param("../shared/data")
    public String data;

    private final RuleBasedAnalyzer analyzer = new RuleBasedAnalyzer();
    private final DocumentCleaner cleaner = new DocumentCleaner();
    private final MiniLmEmbeddings model = MiniLmEmbeddings.shared();
    private final ClaimMatcher matcher = new ClaimMatcher(model);
    private List<SourceDocument> seeds;
    private List<SourceDocument> pages;

    @Setup
    public void load() throws IOException {
        seeds = new ArrayList<>();
        for (var name : SEED_NAMES) {
            try (var in = EngineBenchmark.class.getResourceAsStream(SEED_FOLDER + name)) {
                seeds.add(SourceDocument.of(name, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            }
        }
        var folder = Path.of(data, "scrapinghub-article-extraction-benchmark", "html").toAbsolutePath().normalize();
        if (!Files.isDirectory(folder)) {
            throw new IllegalStateException("No benchmark pages at " + folder + "; pass -p data=FOLDER");
        }
        pages = new ArrayList<>();
        try (var files = Files.list(folder)) {
            for (var file : files.sorted().limit(PAGES).toList()) {
                pages.add(new SourceDocument(file.getFileName().toString(), read(file), SourceDocument.Format.HTML));
            }
        }
    }

    private static String read(Path file) {
        try (var in = new GZIPInputStream(Files.newInputStream(file))) {
            return SourceDecoder.decode(in.readAllBytes(), file.getFileName().toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Benchmark
    @OperationsPerInvocation(SEEDS)
    public void analyseSeedText(Blackhole sink) {
        for (var seed : seeds) {
            sink.consume(analyzer.analyze(seed));
        }
    }

    @Benchmark
    @OperationsPerInvocation(PAGES)
    public void cleanHtmlPage(Blackhole sink) {
        for (var page : pages) {
            sink.consume(cleaner.clean(page));
        }
    }

    @Benchmark
    @OperationsPerInvocation(PAGES)
    public void analyseHtmlPage(Blackhole sink) {
        for (var page : pages) {
            sink.consume(analyzer.analyze(page));
        }
    }

    /**
     * Full analysis with the sentence model, as ingest runs it before matching: the analysis, then the claims of
     * the page read for the matcher in one call (each claim's sentence embedded) and the page's story vector.
     */
    @Benchmark
    @OperationsPerInvocation(PAGES)
    public void analyseHtmlPageWithModel(Blackhole sink) {
        for (var page : pages) {
            var analysis = analyzer.analyze(page);
            sink.consume(matcher.prepareAll(analysis.claims().stream()
                    .map(claim -> StoryGrouping.matchable(analysis, claim)).toList()));
            sink.consume(model.embed(StoryVector.text(analysis)));
        }
    }
}
