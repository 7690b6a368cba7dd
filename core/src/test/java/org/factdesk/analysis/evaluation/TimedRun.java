package org.factdesk.analysis.evaluation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs one extractor over a dataset on one thread: a full warm-up pass first, so that both systems are measured
 * with compiled code, then the timed pass whose outputs are scored. A page that makes the system throw scores as an
 * empty extraction and is counted.
 *
 * @param outputs       by page id
 * @param docsPerSecond pages of the timed pass divided by its wall time
 * @param failures      pages on which the system threw
 */
record TimedRun(Map<String, Extracted> outputs, double docsPerSecond, int failures) {

    static TimedRun of(Extractor extractor, List<Page> pages) {
        for (var page : pages) {
            extractSafely(extractor, page);
        }
        System.gc();
        var outputs = new LinkedHashMap<String, Extracted>();
        var failures = 0;
        var start = System.nanoTime();
        for (var page : pages) {
            var extracted = extractSafely(extractor, page);
            failures += extracted == null ? 1 : 0;
            outputs.put(page.id(), extracted == null ? Extracted.NOTHING : extracted);
        }
        var seconds = (System.nanoTime() - start) / 1e9;
        return new TimedRun(outputs, pages.size() / seconds, failures);
    }

    private static Extracted extractSafely(Extractor extractor, Page page) {
        try {
            return extractor.extract(page);
        } catch (RuntimeException | StackOverflowError e) {
            return null;
        }
    }
}
