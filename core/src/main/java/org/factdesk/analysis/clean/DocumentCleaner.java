package org.factdesk.analysis.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.factdesk.analysis.Analysis;
import org.factdesk.analysis.EngineWarning;
import org.factdesk.analysis.SourceDocument;

/**
 * The cleaning half of the engine on its own: guard the input, read HTML if needed, cut boilerplate and read the
 * metadata, without looking for sentences or claims. The {@link org.factdesk.analysis.extract.RuleBasedAnalyzer}
 * starts with it; the benchmarks call it directly, since extraction is what public article-extraction benchmarks
 * measure.
 */
public final class DocumentCleaner {

    static final EngineWarning NO_TEXT = EngineWarning.of("engine.noText");

    private final InputGuard guard = new InputGuard();
    private final HtmlCleaner html = new HtmlCleaner();
    private final TextCleaner cleaner = new TextCleaner();
    private final MetadataExtractor metadata = new MetadataExtractor();

    /**
     * @param text     the article body, paragraphs joined by blank lines; empty when nothing is left
     * @param removed  each cut line or fragment, in document order
     * @param warnings things a journalist should know, {@link #NO_TEXT} among them when the text is empty
     */
    public record CleanedDocument(Analysis.Metadata metadata, String text, List<String> removed,
                                  List<EngineWarning> warnings) {
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
                    List.copyOf(warnings));
        }
        CleanedText cleaned;
        var page = PageMetadata.NONE;
        if (markup) {
            var htmlPage = html.clean(guarded.text());
            page = htmlPage.metadata();
            cleaned = cleaner.cleanMarkup(htmlPage.blocks(), page.titleInHead() ? page.title() : null, keep);
        } else {
            cleaned = cleaner.clean(guarded.text(), keep);
        }
        var removed = cleaned.removals().stream().map(Removal::text).toList();
        if (cleaned.text().isBlank()) {
            warnings.add(NO_TEXT);
        }
        return new CleanedDocument(metadata.extract(cleaned, page), cleaned.text(), removed, List.copyOf(warnings));
    }
}
