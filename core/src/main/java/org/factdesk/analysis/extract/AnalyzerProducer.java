package org.factdesk.analysis.extract;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.factdesk.analysis.ArticleAnalyzer;

/** The one place that decides which engine ingest uses. */
@ApplicationScoped
public class AnalyzerProducer {

    @Produces
    @ApplicationScoped
    ArticleAnalyzer analyzer() {
        return new RuleBasedAnalyzer();
    }
}
