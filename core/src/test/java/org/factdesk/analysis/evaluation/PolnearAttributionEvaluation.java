package org.factdesk.analysis.evaluation;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.factdesk.analysis.extract.AttributionRole;
import org.factdesk.analysis.extract.AttributionTagger;

/**
 * Who said what, on PolNeAR's TEST compartment (94 annotation files of 84 articles; the tagger was trained on
 * train and tuned on dev only). The shipped tagger, the one analysis runs, reads every paragraph; scores follow
 * the README's official metric: per role, CofeNet's exact-match span P/R/F1 and accuracy, begin-match F1 and
 * Jaccard over tokens; then attribution-level (source, content) pairs on the first annotator's file of each
 * article, exact on character offsets.
 */
public final class PolnearAttributionEvaluation implements Evaluation {

    @Override
    public String name() {
        return "polnear";
    }

    /** The compartment scored; tuning runs pass {@code -Dfactdesk.polnear.split=dev}, the reported figure is test. */
    private static final String SPLIT = System.getProperty("factdesk.polnear.split", "test");

    @Override
    public List<Result> run(Path dataDir) {
        var documents = PolnearCorpus.read(dataDir.resolve("polnear-attribution").resolve(SPLIT));
        var tagger = AttributionTagger.shipped();
        var spans = new SpanScore();
        var pairs = new PairCounts();
        var started = System.nanoTime();
        for (var document : documents) {
            var predictedPairs = new ArrayList<Pair>();
            for (var segment : PolnearCorpus.segments(document)) {
                var reading = tagger.read(document.text(), segment.from(), segment.to());
                spans.add(AttributionTagger.spans(segment.tokens(), segment.labels()), reading.spans());
                for (var attribution : reading.attributions()) {
                    predictedPairs.add(new Pair(pieces(attribution.content()),
                            attribution.source() == null ? Set.of() : pieces(List.of(attribution.source()))));
                }
            }
            if (document.first()) {
                pairs.add(goldPairs(document), predictedPairs);
            }
        }
        var seconds = (System.nanoTime() - started) / 1e9;
        var docsPerSecond = documents.size() / seconds;
        var results = new ArrayList<Result>();
        for (var role : AttributionRole.values()) {
            var c = spans.of(role);
            var details = new LinkedHashMap<String, Double>();
            details.put("p", c.precision());
            details.put("r", c.recall());
            details.put("acc", c.accuracy());
            details.put("begin_f1", c.beginF1());
            details.put("jaccard", c.jaccard());
            details.put("gold", (double) c.gold());
            details.put("predicted", (double) c.predicted());
            results.add(new Result("polnear-" + SPLIT + "-" + role.name().toLowerCase(java.util.Locale.ROOT), "factdesk",
                    "exact_f1", c.f1(), details, docsPerSecond));
        }
        results.add(new Result("polnear-" + SPLIT + "-attribution", "factdesk", "pair_f1", pairs.f1(), pairs.details(),
                docsPerSecond));
        return results;
    }

    /** An attribution as character pieces: what was said, and who said it (empty for no source). */
    private record Pair(Set<PolnearCorpus.Piece> content, Set<PolnearCorpus.Piece> source) {
    }

    private static Set<PolnearCorpus.Piece> pieces(List<AttributionTagger.Span> spans) {
        var pieces = new HashSet<PolnearCorpus.Piece>();
        spans.forEach(span -> pieces.add(new PolnearCorpus.Piece(span.start(), span.end())));
        return pieces;
    }

    private static List<Pair> goldPairs(PolnearCorpus.Document document) {
        var gold = new ArrayList<Pair>();
        for (var relation : document.relations()) {
            var content = new HashSet<PolnearCorpus.Piece>();
            relation.contents().forEach(span -> content.addAll(span.pieces()));
            var source = relation.source() == null ? Set.<PolnearCorpus.Piece>of() : Set.copyOf(relation.source().pieces());
            gold.add(new Pair(content, source));
        }
        return gold;
    }

    /** Pairs matched one to one: a gold attribution found twice counts once. */
    private static final class PairCounts {
        private int gold;
        private int predicted;
        private int correct;

        void add(List<Pair> goldPairs, List<Pair> predictedPairs) {
            gold += goldPairs.size();
            predicted += predictedPairs.size();
            var unmatched = new ArrayList<>(goldPairs);
            for (var pair : predictedPairs) {
                if (unmatched.remove(pair)) {
                    correct++;
                }
            }
        }

        double precision() {
            return predicted == 0 ? 0 : correct / (double) predicted;
        }

        double recall() {
            return gold == 0 ? 0 : correct / (double) gold;
        }

        double f1() {
            return SpanScore.f1(precision(), recall());
        }

        Map<String, Double> details() {
            var details = new LinkedHashMap<String, Double>();
            details.put("p", precision());
            details.put("r", recall());
            details.put("gold", (double) gold);
            details.put("predicted", (double) predicted);
            return details;
        }
    }
}
