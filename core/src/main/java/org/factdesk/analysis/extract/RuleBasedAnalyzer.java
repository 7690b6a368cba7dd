package org.factdesk.analysis.extract;

import org.factdesk.shared.boundary.LogText;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.factdesk.analysis.Analysis;
import org.factdesk.analysis.ArticleAnalyzer;
import org.factdesk.analysis.EngineWarning;
import org.factdesk.analysis.SourceDocument;
import org.factdesk.analysis.clean.DocumentCleaner;

/**
 * The first claim engine: hand-written rules, no model, no container. Guards the input, reads HTML when needed,
 * cleans the text, then finds metadata, sentences, people and claims. Holds no per-document state, so one
 * instance serves all threads; every step is bounded, so a hostile document costs seconds at worst.
 */
public final class RuleBasedAnalyzer implements ArticleAnalyzer {

    private static final Logger LOG = Logger.getLogger(RuleBasedAnalyzer.class.getName());

    private final DocumentCleaner documentCleaner = new DocumentCleaner();
    private final QuoteFinder quoteFinder = new QuoteFinder();
    private final SentenceSplitter splitter = new SentenceSplitter();
    private final NameFinder names = new NameFinder();
    private final ClaimExtractor claims = new ClaimExtractor();

    @Override
    public Analysis analyze(SourceDocument document) {
        return analyze(document, Set.of());
    }

    @Override
    public Analysis analyze(SourceDocument document, Set<String> keep) {
        var warnings = new ArrayList<EngineWarning>();
        try {
            return analyze(document, keep, warnings);
        } catch (RuntimeException | StackOverflowError e) {
            // The rules are meant never to fail; if one does, ingest still gets an answer and the log the cause.
            LOG.log(Level.WARNING, "Analysis of " + LogText.oneLine(document.name()) + " failed", e);
            warnings.add(EngineWarning.of("engine.failed", e.getClass().getSimpleName()));
            return empty(warnings);
        }
    }

    private Analysis analyze(SourceDocument document, Set<String> keep, List<EngineWarning> warnings) {
        var cleaned = documentCleaner.clean(document, keep);
        warnings.addAll(cleaned.warnings());
        var meta = cleaned.metadata();
        var text = cleaned.text();
        var removed = cleaned.removed();
        if (text.isBlank()) {
            return new Analysis(meta, "", removed, List.of(), List.of(), List.copyOf(warnings));
        }
        var quotes = quoteFinder.findAll(text);
        var sentences = splitter.split(text, quotes);
        if (sentences.size() >= SentenceSplitter.MAX_SENTENCES) {
            warnings.add(EngineWarning.of("engine.sentencesCut", SentenceSplitter.MAX_SENTENCES));
        }
        var people = names.find(text, String.join("\n", removed));
        var found = claims.extract(text, sentences, quotes, people, TaggedSpeech.of(text, AttributionTagger.shipped()));
        if (found.capped()) {
            warnings.add(EngineWarning.of("engine.claimsCut", ClaimExtractor.MAX_CLAIMS));
        }
        return new Analysis(meta, text, removed, sentences, found.claims(), List.copyOf(warnings));
    }

    private static Analysis empty(List<EngineWarning> warnings) {
        var metadata = new Analysis.Metadata(null, null, null, null, null, List.of());
        return new Analysis(metadata, "", List.of(), List.of(), List.of(), List.copyOf(warnings));
    }
}
