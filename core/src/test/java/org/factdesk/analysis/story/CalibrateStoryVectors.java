package org.factdesk.analysis.story;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import org.factdesk.analysis.SourceDocument;
import org.factdesk.analysis.extract.RuleBasedAnalyzer;
import org.factdesk.analysis.retrieval.MiniLmEmbeddings;
import org.factdesk.analysis.retrieval.Vectors;
import org.factdesk.article.control.SourceDecoder;

/**
 * Chooses {@link StoryMatcher#SAME_MEANING}: the cosines between the story vectors of news pages that report
 * different events, the 181 pages of the Scrapinghub benchmark (each its own story), as percentiles. Story vectors
 * closer than nearly all of those pairs are taken as one event told in other words. Usage:
 * {@code mvn -q -pl core test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.factdesk.analysis.story.CalibrateStoryVectors -Dexec.args="DATA_DIR"}.
 */
public final class CalibrateStoryVectors {

    private CalibrateStoryVectors() {
    }

    public static void main(String[] args) throws IOException {
        var folder = Path.of(args.length > 0 ? args[0] : "../shared/data", "scrapinghub-article-extraction-benchmark",
                "html");
        var analyzer = new RuleBasedAnalyzer();
        var model = MiniLmEmbeddings.shared();
        var vectors = new ArrayList<float[]>();
        try (var files = Files.list(folder)) {
            for (var file : files.sorted().toList()) {
                try (var in = new GZIPInputStream(Files.newInputStream(file))) {
                    var html = SourceDecoder.decode(in.readAllBytes(), file.getFileName().toString());
                    var analysis = analyzer.analyze(new SourceDocument(file.getFileName().toString(), html,
                            SourceDocument.Format.HTML));
                    vectors.add(model.embed(StoryVector.text(analysis)));
                }
            }
        }
        var cosines = new ArrayList<Double>();
        for (var i = 0; i < vectors.size(); i++) {
            for (var j = i + 1; j < vectors.size(); j++) {
                cosines.add(Vectors.dot(vectors.get(i), vectors.get(j)));
            }
        }
        var sorted = cosines.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        System.out.printf(Locale.ROOT, "%d pages, %d pairs of different stories%n", vectors.size(), sorted.length);
        for (var q : new double[] {0.5, 0.9, 0.99, 0.995, 0.999}) {
            System.out.printf(Locale.ROOT, "percentile %.1f: cosine %.3f%n", 100 * q, sorted[(int) (q * (sorted.length - 1))]);
        }
        System.out.printf(Locale.ROOT, "highest: %s%n", Arrays.toString(Arrays.copyOfRange(sorted,
                Math.max(0, sorted.length - 10), sorted.length)));
    }
}
