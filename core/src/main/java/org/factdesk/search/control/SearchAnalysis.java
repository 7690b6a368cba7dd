package org.factdesk.search.control;

import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * How the desk's text is cut into searchable words. Stories arrive in several languages, so there is no stemming
 * for one language; accents are folded, so "Muller" finds "Müller" and "Sao Paulo" finds "São Paulo".
 * Lucene's factories are named, not imported: WildFly does not expose the Lucene module to deployments.
 */
public class SearchAnalysis implements LuceneAnalysisConfigurer {

    static final String DESK_TEXT = "desk-text";

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        context.analyzer(DESK_TEXT).custom()
                .tokenizer("standard")
                .tokenFilter("lowercase")
                .tokenFilter("asciiFolding");
    }
}
