package org.factdesk.analysis.evaluation;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.factdesk.analysis.extract.AttributionRole;
import org.factdesk.analysis.extract.AttributionTagger;

/**
 * CofeNet's span scores per role, summed over segments (PolNeAR README, "Official metric"): exact match (same
 * first and last token), begin match (same first token) and Jaccard (an exact hit scores 1, else the best token
 * overlap over the union's extent; a predicted span overlapping no gold span adds a zero to the denominator).
 */
public final class SpanScore {

    /** Counts for one role. */
    public static final class Counts {
        int gold;
        int predicted;
        int exact;
        int begin;
        int exactUnmatchedPredicted;
        double jaccardSum;
        int nonOverlappingPredicted;

        public double precision() {
            return predicted == 0 ? 0 : exact / (double) predicted;
        }

        public double recall() {
            return gold == 0 ? 0 : exact / (double) gold;
        }

        public double f1() {
            return SpanScore.f1(precision(), recall());
        }

        public double accuracy() {
            return gold + exactUnmatchedPredicted == 0 ? 0 : exact / (double) (gold + exactUnmatchedPredicted);
        }

        public double beginF1() {
            var p = predicted == 0 ? 0 : begin / (double) predicted;
            var r = gold == 0 ? 0 : begin / (double) gold;
            return SpanScore.f1(p, r);
        }

        public double jaccard() {
            return gold + nonOverlappingPredicted == 0 ? 0 : jaccardSum / (gold + nonOverlappingPredicted);
        }

        public int gold() {
            return gold;
        }

        public int predicted() {
            return predicted;
        }
    }

    private final Map<AttributionRole, Counts> counts = new EnumMap<>(AttributionRole.class);

    public SpanScore() {
        for (var role : AttributionRole.values()) {
            counts.put(role, new Counts());
        }
    }

    public Counts of(AttributionRole role) {
        return counts.get(role);
    }

    /** Adds one segment's gold and predicted spans. */
    public void add(List<AttributionTagger.Span> gold, List<AttributionTagger.Span> predicted) {
        for (var role : AttributionRole.values()) {
            var c = counts.get(role);
            var g = gold.stream().filter(s -> s.role() == role).toList();
            var p = predicted.stream().filter(s -> s.role() == role).toList();
            c.gold += g.size();
            c.predicted += p.size();
            for (var goldSpan : g) {
                var exact = p.stream().anyMatch(s -> s.firstToken() == goldSpan.firstToken()
                        && s.lastToken() == goldSpan.lastToken());
                c.exact += exact ? 1 : 0;
                c.begin += p.stream().anyMatch(s -> s.firstToken() == goldSpan.firstToken()) ? 1 : 0;
                var best = 0.0;
                for (var s : p) {
                    best = Math.max(best, overlap(goldSpan, s));
                }
                c.jaccardSum += exact ? 1 : best;
            }
            for (var s : p) {
                var hitsExact = g.stream().anyMatch(x -> x.firstToken() == s.firstToken() && x.lastToken() == s.lastToken());
                c.exactUnmatchedPredicted += hitsExact ? 0 : 1;
                c.nonOverlappingPredicted += g.stream().anyMatch(x -> overlap(x, s) > 0) ? 0 : 1;
            }
        }
    }

    private static double overlap(AttributionTagger.Span a, AttributionTagger.Span b) {
        var shared = Math.min(a.lastToken(), b.lastToken()) - Math.max(a.firstToken(), b.firstToken()) + 1;
        if (shared <= 0) {
            return 0;
        }
        var extent = Math.max(a.lastToken(), b.lastToken()) - Math.min(a.firstToken(), b.firstToken()) + 1;
        return shared / (double) extent;
    }

    static double f1(double precision, double recall) {
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }
}
