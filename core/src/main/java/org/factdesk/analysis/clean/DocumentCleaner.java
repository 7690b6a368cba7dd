package org.factdesk.analysis.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.factdesk.analysis.Analysis;
import org.factdesk.analysis.EngineWarning;
import org.factdesk.analysis.RemovedLine;
import org.factdesk.analysis.SourceDocument;

/**
 * The cleaning half of the engine on its own: guard the input, read HTML if needed, cut boilerplate and read the
 * metadata, without looking for sentences or claims. The {@link org.factdesk.analysis.extract.RuleBasedAnalyzer}
 * starts with it; the benchmarks call it directly, since extraction is what public article-extraction benchmarks
 * measure. Thread-safe.
 */
public final class DocumentCleaner {

    static final EngineWarning NO_TEXT = EngineWarning.of("engine.noText");

    private final InputGuard guard = new InputGuard();
    private final HtmlCleaner html = new HtmlCleaner();
    private final TextCleaner cleaner;
    private final MetadataExtractor metadata = new MetadataExtractor();

    /** With the model that ships with the engine. */
    public DocumentCleaner() {
        this(ContentModel.shipped());
    }

    /** With another content model: the evaluation's cross-validation runs the same code with each fold's model. */
    public DocumentCleaner(ContentModel model) {
        this.cleaner = new TextCleaner(model);
    }

    /**
     * @param text         the article body, paragraphs joined by blank lines; empty when nothing is left
     * @param removed      each cut line or fragment with its reason, in document order
     * @param warnings     things a journalist should know, {@link #NO_TEXT} among them when the text is empty
     * @param fingerprints the fingerprint of every line of the source, each once
     */
    public record CleanedDocument(Analysis.Metadata metadata, String text, List<RemovedLine> removed,
                                  List<EngineWarning> warnings, List<Long> fingerprints) {
    }

    public CleanedDocument clean(SourceDocument document) {
        return clean(document, Set.of());
    }

    /** @param keep removed lines or fragments an editor restored: the cleaning keeps them this time */
    public CleanedDocument clean(SourceDocument document, Set<String> keep) {
        var markup = document.format() == SourceDocument.Format.HTML;
        var guarded = markup ? guard.guardMarkup(document.content()) : guard.guard(document.content());
        var warnings = new ArrayList<>(guarded.warnings());
        if (guarded.binary() || guarded.text().isBlank()) {
            warnings.add(NO_TEXT);
            return new CleanedDocument(new Analysis.Metadata(null, null, null, null, null, List.of()), "", List.of(),
                    List.copyOf(warnings), List.of());
        }
        CleanedText cleaned;
        var page = PageMetadata.NONE;
        if (markup) {
            var htmlPage = html.clean(guarded.text());
            page = htmlPage.metadata();
            cleaned = cleaner.cleanMarkup(htmlPage.blocks(), page.titleInHead() ? page.title() : null, keep,
                    document.seen());
        } else {
            cleaned = cleaner.clean(guarded.text(), keep, document.seen());
        }
        if (cleaned.text().isBlank()) {
            warnings.add(NO_TEXT);
        }
        return new CleanedDocument(metadata.extract(cleaned, page), cleaned.text(), cleaned.removals(),
                List.copyOf(warnings), cleaned.fingerprints());
    }
}
