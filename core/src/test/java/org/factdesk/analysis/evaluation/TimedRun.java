package org.factdesk.analysis.evaluation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs extractors over a dataset on one thread and measures their throughput the same way: a full warm-up pass
 * each, so that all are measured with compiled code, then {@value #PASSES} timed passes. Within a pass the systems
 * take turns page by page, so that a busy moment of a shared machine slows all of them alike; the fastest pass of
 * each counts. Outputs of the first timed pass are scored. A page that makes a system throw scores as an empty
 * extraction and is counted.
 *
 * @param outputs       by page id
 * @param docsPerSecond pages of the fastest timed pass divided by the time the system spent on them
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
        var count = extractors.size();
        var outputs = new ArrayList<Map<String, Extracted>>();
        var failures = new int[count];
        var best = new double[count];
        for (var i = 0; i < count; i++) {
            outputs.add(new LinkedHashMap<>());
        }
        for (var pass = 0; pass < PASSES; pass++) {
            var nanos = new long[count];
            System.gc();
            for (var p = 0; p < pages.size(); p++) {
                var page = pages.get(p);
                for (var turn = 0; turn < count; turn++) {
                    // Alternate who goes first, so that neither always meets the other's garbage.
                    var i = (turn + p) % count;
                    var start = System.nanoTime();
                    var result = extractSafely(extractors.get(i), page);
                    nanos[i] += System.nanoTime() - start;
                    if (pass == 0) {
                        failures[i] += result == null ? 1 : 0;
                        outputs.get(i).put(page.id(), result == null ? Extracted.NOTHING : result);
                    }
                }
            }
            for (var i = 0; i < count; i++) {
                best[i] = Math.max(best[i], pages.size() / (nanos[i] / 1e9));
            }
        }
        var runs = new LinkedHashMap<String, TimedRun>();
        for (var i = 0; i < count; i++) {
            runs.put(extractors.get(i).name(), new TimedRun(outputs.get(i), best[i], failures[i]));
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
