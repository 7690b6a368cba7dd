package org.factdesk.analysis.evaluation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.factdesk.analysis.SeenLines;
import org.factdesk.analysis.SourceDocument;
import org.factdesk.analysis.clean.DocumentCleaner;
import org.factdesk.analysis.clean.SharedLines;
import org.factdesk.article.entity.StoredLines;
import org.factdesk.ingest.control.OutletChrome;

/**
 * For each page, what the other pages of its site in the same dataset show of its lines, as the server finds it
 * for an outlet it has seen before ({@link OutletChrome}: {@link SharedLines#seenBy} over at most the outlet's
 * {@value OutletChrome#RECENT_ARTICLES} stored articles, their text read up to {@value StoredLines#TEXT_READ}
 * characters). They are read once, before anything is timed, as the server reads them from its store.
 */
final class SiteHistory {

    private final Map<String, SeenLines> byPage;

    private SiteHistory(Map<String, SeenLines> byPage) {
        this.byPage = byPage;
    }

    static SiteHistory of(List<Page> pages) {
        var cleaner = new DocumentCleaner();
        var bySite = new HashMap<String, List<Page>>();
        for (var page : pages) {
            bySite.computeIfAbsent(page.site(), site -> new ArrayList<>()).add(page);
        }
        var byPage = new HashMap<String, SeenLines>();
        for (var site : bySite.values()) {
            if (site.size() < 2) {
                continue;
            }
            var first = new HashMap<String, SharedLines.Document>();
            for (var page : site) {
                var cleaned = cleaner.clean(new SourceDocument(page.id() + ".html", page.html(), SourceDocument.Format.HTML));
                first.put(page.id(), new SharedLines.Document(cleaned.fingerprints(), cleaned.text()));
            }
            for (var page : site) {
                // what the server reads of an outlet's stored articles: at most its latest few, each text cut short
                var others = site.stream().filter(other -> other != page).limit(OutletChrome.RECENT_ARTICLES)
                        .map(other -> first.get(other.id()))
                        .map(other -> new SharedLines.Document(other.fingerprints(), other.cleanedText()
                                .substring(0, Math.min(other.cleanedText().length(), StoredLines.TEXT_READ))))
                        .toList();
                byPage.put(page.id(), SharedLines.seenBy(first.get(page.id()), others));
            }
        }
        return new SiteHistory(byPage);
    }

    SeenLines seen(Page page) {
        return byPage.getOrDefault(page.id(), SeenLines.NONE);
    }
}
