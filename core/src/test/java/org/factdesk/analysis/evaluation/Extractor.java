package org.factdesk.analysis.evaluation;

import java.util.List;

/** A system that extracts the article from an HTML page: the engine or a peer run in the same process. */
interface Extractor {

    /** The engine first, then the peers it is compared with, each run the same way. */
    static List<Extractor> all() {
        return List.of(new FactdeskExtractor(), new Readability4jExtractor());
    }

    String name();

    /** True when the system reads a publication date, so that date accuracy is reported for it. */
    boolean readsDates();

    Extracted extract(Page page);
}
