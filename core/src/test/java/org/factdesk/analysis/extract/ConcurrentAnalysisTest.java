package org.factdesk.analysis.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.factdesk.analysis.Analysis;
import org.factdesk.analysis.Seeds;
import org.factdesk.analysis.SourceDocument;
import org.junit.jupiter.api.Test;

/** One analyzer shared by ingest threads gives each document the same answer as a lone thread does. */
class ConcurrentAnalysisTest {

    @Test
    void sharedAnalyzerIsThreadSafe() throws Exception {
        var analyzer = new RuleBasedAnalyzer();
        var expected = new ArrayList<Analysis>();
        for (var seed : Seeds.ALL) {
            expected.add(analyzer.analyze(SourceDocument.of(seed, Seeds.text(seed))));
        }
        var pool = Executors.newFixedThreadPool(4);
        try {
            var tasks = new ArrayList<Callable<Analysis>>();
            for (var round = 0; round < 8; round++) {
                for (var seed : Seeds.ALL) {
                    tasks.add(() -> analyzer.analyze(SourceDocument.of(seed, Seeds.text(seed))));
                }
            }
            var results = pool.invokeAll(tasks);
            for (var i = 0; i < results.size(); i++) {
                assertEquals(expected.get(i % Seeds.ALL.size()), results.get(i).get());
            }
        } finally {
            pool.shutdown();
            pool.awaitTermination(10, TimeUnit.SECONDS);
        }
    }
}
