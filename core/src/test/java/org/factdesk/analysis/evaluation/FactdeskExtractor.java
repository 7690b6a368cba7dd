package org.factdesk.analysis.evaluation;

import org.factdesk.analysis.SourceDocument;
import org.factdesk.analysis.clean.DocumentCleaner;

/** The engine's cleaning stage, exactly as ingest runs it on an uploaded .html file. */
final class FactdeskExtractor implements Extractor {

    private final DocumentCleaner cleaner = new DocumentCleaner();

    @Override
    public String name() {
        return "factdesk";
    }

    @Override
    public boolean readsDates() {
        return true;
    }

    @Override
    public Extracted extract(Page page) {
        var cleaned = cleaner.clean(new SourceDocument(page.id() + ".html", page.html(), SourceDocument.Format.HTML));
        var metadata = cleaned.metadata();
        return new Extracted(cleaned.text(), metadata.title(), metadata.byline(), metadata.publishedOn());
    }
}
