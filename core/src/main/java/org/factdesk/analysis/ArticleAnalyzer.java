package org.factdesk.analysis;

/**
 * The claim engine's entry point for one document: cleaning, metadata, sentences and claim candidates.
 * Ingest depends only on this interface, so that a better engine can replace the rules behind it.
 * Implementations are pure Java, thread-safe and bounded in the work they do per document.
 */
public interface ArticleAnalyzer {

    Analysis analyze(SourceDocument document);

    /**
     * Analyses again, keeping lines or fragments that an editor restored after a first cleaning cut them.
     * An engine that cannot honour them analyses as usual.
     */
    default Analysis analyze(SourceDocument document, java.util.Set<String> keep) {
        return analyze(document);
    }
}
