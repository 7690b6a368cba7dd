package org.factdesk.analysis.evaluation;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.Function;
import org.factdesk.analysis.SeenLines;
import org.factdesk.analysis.SourceDocument;
import org.factdesk.analysis.clean.ContentModel;
import org.factdesk.analysis.clean.DocumentCleaner;

/**
 * The engine's cleaning stage, exactly as ingest runs it on an uploaded .html (or .txt) file, with a given content
 * model and the outlet's history of lines.
 */
final class FactdeskExtractor implements Extractor {

    private final String name;
    private final Function<String, ContentModel> models;
    private final Function<Page, SeenLines> history;
    private final Map<ContentModel, DocumentCleaner> cleaners = new IdentityHashMap<>();
    private final SourceDocument.Format format;

    /**
     * @param models  the content model for a page's site
     * @param history what the server would hold of the lines of the page's outlet
     */
    FactdeskExtractor(String name, Function<String, ContentModel> models, Function<Page, SeenLines> history) {
        this(name, models, history, SourceDocument.Format.HTML);
    }

    /** @param format how the page's content is read: HTML, or a page pasted as plain text */
    FactdeskExtractor(String name, Function<String, ContentModel> models, Function<Page, SeenLines> history,
                      SourceDocument.Format format) {
        this.name = name;
        this.models = models;
        this.history = history;
        this.format = format;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public boolean readsDates() {
        return true;
    }

    @Override
    public Extracted extract(Page page) {
        var cleaner = cleaners.computeIfAbsent(models.apply(page.site()), DocumentCleaner::new);
        var document = new SourceDocument(page.id(), page.html(), format, history.apply(page));
        var cleaned = cleaner.clean(document);
        var metadata = cleaned.metadata();
        return new Extracted(cleaned.text(), metadata.title(), metadata.byline(), metadata.publishedOn());
    }
}
