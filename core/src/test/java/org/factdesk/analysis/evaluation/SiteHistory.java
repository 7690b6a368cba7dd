package org.factdesk.analysis.evaluation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.factdesk.analysis.SeenLines;
import org.factdesk.analysis.SourceDocument;
import org.factdesk.analysis.clean.DocumentCleaner;

/**
 * For each page, the lines of the other pages of its site in the same dataset, as the server would hold them for an
 * outlet it has seen before. Fingerprints do not depend on the model, so any cleaner reads them; they are read once,
 * before anything is timed, as the server reads them from its store.
 */
final class SiteHistory {

    private final Map<String, SeenLines> byPage;

    private SiteHistory(Map<String, SeenLines> byPage) {
        this.byPage = byPage;
    }

    static SiteHistory of(List<Page> pages) {
        var cleaner = new DocumentCleaner();
        var fingerprints = new HashMap<String, List<Long>>();
        var bySite = new HashMap<String, List<Page>>();
        for (var page : pages) {
            bySite.computeIfAbsent(page.site(), site -> new java.util.ArrayList<>()).add(page);
        }
        var byPage = new HashMap<String, SeenLines>();
        for (var site : bySite.values()) {
            if (site.size() < 2) {
                continue;
            }
            for (var page : site) {
                fingerprints.computeIfAbsent(page.id(), id -> cleaner.clean(
                        new SourceDocument(id + ".html", page.html(), SourceDocument.Format.HTML)).fingerprints());
            }
            for (var page : site) {
                var counts = new HashMap<Long, Integer>();
                for (var other : site) {
                    if (other != page) {
                        for (var fingerprint : new java.util.HashSet<>(fingerprints.get(other.id()))) {
                            counts.merge(fingerprint, 1, Integer::sum);
                        }
                    }
                }
                byPage.put(page.id(), new SeenLines(counts, site.size() - 1));
            }
        }
        return new SiteHistory(byPage);
    }

    SeenLines seen(Page page) {
        return byPage.getOrDefault(page.id(), SeenLines.NONE);
    }
}
