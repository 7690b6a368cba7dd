package org.factdesk.analysis.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/** The one place that decides which engine ingest uses. */
@ApplicationScoped
public class AnalyzerProducer {

    @Produces
    @ApplicationScoped
    ArticleAnalyzer analyzer() {
        return new RuleBasedAnalyzer();
    }
}
