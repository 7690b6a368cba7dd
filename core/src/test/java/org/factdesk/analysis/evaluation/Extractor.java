package org.factdesk.analysis.evaluation;

import java.util.List;
import org.factdesk.analysis.SeenLines;
import org.factdesk.analysis.SourceDocument;
import org.factdesk.analysis.clean.ContentModel;

/** A system that extracts the article from an HTML page: the engine or a peer run in the same process. */
interface Extractor {

    /**
     * The engine first, then the peers it is compared with, each run the same way. The engine's row is
     * cross-validated: each page is cleaned with the model of the fold that never saw its site, and, as the server
     * ingests a single upload, without the lines of other pages. The shipped model, trained on every page, has its
     * own row, and so does the engine given the lines of its site's other pages, as an import of many pages of one
     * outlet would give them.
     */
    static List<Extractor> all(List<Page> pages) {
        var history = SiteHistory.of(pages);
        return List.of(new FactdeskExtractor("factdesk", CrossValidatedModels::forSite, page -> SeenLines.NONE),
                new FactdeskExtractor("factdesk-trained-on-all", site -> ContentModel.shipped(), page -> SeenLines.NONE),
                new FactdeskExtractor("factdesk-site-history", CrossValidatedModels::forSite, history::seen),
                new Readability4jExtractor());
    }

    /** The engine on pages pasted as plain text ({@link Page#html()} holds the text): cross-validated. */
    static List<Extractor> plainText() {
        return List.of(new FactdeskExtractor("factdesk", CrossValidatedModels::forSite, page -> SeenLines.NONE,
                SourceDocument.Format.TEXT));
    }

    String name();

    /** True when the system reads a publication date, so that date accuracy is reported for it. */
    boolean readsDates();

    Extracted extract(Page page);
}
