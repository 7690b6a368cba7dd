package org.factdesk.ingest.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.Set;
import org.factdesk.analysis.Analysis;
import org.factdesk.analysis.ArticleAnalyzer;
import org.factdesk.analysis.LineFingerprint;
import org.factdesk.analysis.SourceDocument;
import org.factdesk.analysis.clean.SharedLines;
import org.factdesk.article.control.ArticleRepository;
import org.factdesk.outlet.entity.Outlet;

/**
 * Site chrome on the server, as the {@code analyze} command finds it across a folder: a document is cleaned once
 * alone, then again with the lines it shares with its outlet's recent articles about other stories
 * ({@link SharedLines}), which the cleaner weighs as lines printed around every story.
 */
@Dependent
public class OutletChrome {

    /** How many of the outlet's latest articles a new copy is compared with: a bounded read per ingest. */
    public static final int RECENT_ARTICLES = 30;

    @Inject
    ArticleAnalyzer analyzer;

    @Inject
    ArticleRepository articles;

    /**
     * The analysis of the document with its outlet's chrome weighed, or the first one where the outlet's other
     * articles share none of its lines, or where weighing them would leave nothing of it.
     *
     * @param first     the document's analysis alone, whose line fingerprints are compared
     * @param excludeId the article being analysed again, which is no other article of its outlet, or -1
     * @param keep      lines an editor restored, kept whatever the outlet prints
     */
    public Analysis clean(SourceDocument source, Analysis first, Outlet outlet, long excludeId, Set<String> keep) {
        if (outlet.getId() == null) {
            return first;
        }
        var others = articles.linesOfOutlet(outlet, excludeId, RECENT_ARTICLES).stream()
                .map(stored -> new SharedLines.Document(LineFingerprint.decode(stored.fingerprints()),
                        stored.textStart()))
                .toList();
        if (others.isEmpty()) {
            return first;
        }
        var seen = SharedLines.seenBy(new SharedLines.Document(first.fingerprints(), first.cleanedText()), others);
        if (seen.counts().isEmpty()) {
            return first;
        }
        var again = analyzer.analyze(source.withSeen(seen), keep);
        return again.cleanedText().isBlank() ? first : again;
    }
}
