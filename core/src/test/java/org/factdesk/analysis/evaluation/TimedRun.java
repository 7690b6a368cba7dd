package org.factdesk.analysis.evaluation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs extractors over a dataset on one thread and measures their throughput the same way: a full warm-up pass
 * each, so that all are measured with compiled code, then {@value #PASSES} timed passes taken in turns, so that a
 * busy moment of the machine hits every system alike; the fastest pass of each counts. Outputs of the first timed
 * pass are scored. A page that makes a system throw scores as an empty extraction and is counted.
 *
 * @param outputs       by page id
 * @param docsPerSecond pages of the fastest timed pass divided by its wall time
 * @param failures      pages on which the system threw
 */
record TimedRun(Map<String, Extracted> outputs, double docsPerSecond, int failures) {

    static final int PASSES = 3;

    /** By extractor name, in the given order. */
    static Map<String, TimedRun> of(List<Extractor> extractors, List<Page> pages) {
        for (var extractor : extractors) {
            for (var page : pages) {
                extractSafely(extractor, page);
            }
        }
        var outputs = new LinkedHashMap<String, Map<String, Extracted>>();
        var failures = new LinkedHashMap<String, Integer>();
        var best = new LinkedHashMap<String, Double>();
        for (var pass = 0; pass < PASSES; pass++) {
            for (var extractor : extractors) {
                var keep = pass == 0;
                var extracted = new LinkedHashMap<String, Extracted>();
                var failed = 0;
                System.gc();
                var start = System.nanoTime();
                for (var page : pages) {
                    var result = extractSafely(extractor, page);
                    failed += result == null ? 1 : 0;
                    if (keep) {
                        extracted.put(page.id(), result == null ? Extracted.NOTHING : result);
                    }
                }
                var speed = pages.size() / ((System.nanoTime() - start) / 1e9);
                best.merge(extractor.name(), speed, Math::max);
                if (keep) {
                    outputs.put(extractor.name(), extracted);
                    failures.put(extractor.name(), failed);
                }
            }
        }
        var runs = new LinkedHashMap<String, TimedRun>();
        for (var extractor : extractors) {
            var name = extractor.name();
            runs.put(name, new TimedRun(outputs.get(name), best.get(name), failures.get(name)));
        }
        return runs;
    }

    private static Extracted extractSafely(Extractor extractor, Page page) {
        try {
            return extractor.extract(page);
        } catch (RuntimeException | StackOverflowError e) {
            return null;
        }
    }
}
