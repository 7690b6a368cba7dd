package org.factdesk.analysis.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads who says what in a paragraph: labels every token as part of a source (the speaker), a cue ("said",
 * "according to") or a content (what was said), then ties each content to its cue and each cue to its source.
 * The labels come from a model trained on PolNeAR news attributions, so the words that make a cue and the places
 * a speaker stands were learned from 840 articles rather than listed by hand. Thread-safe; one shared instance.
 */
public final class AttributionTagger {

    /** Paragraphs longer than this are read in pieces; the cost of a piece is linear in its length. */
    static final int MAX_TOKENS = 1_500;


    /**
     * A span of one role, by token index within the reading (inclusive) and by character offsets into the text
     * (end exclusive).
     */
    public record Span(AttributionRole role, int firstToken, int lastToken, int start, int end) {
    }

    /**
     * One attribution: its content (one span, or two around an interrupting "he said"), its cue, and its source,
     * any of which but the content may be missing.
     */
    public record Attribution(Span source, Span cue, List<Span> content) {
    }

    /** What the tagger made of a paragraph. */
    public record Reading(List<WordTokens.Token> tokens, int[] labels, List<Span> spans,
                          List<Attribution> attributions) {
    }

    private final AttributionModel model;
    private final AttributionFeatures features;

    AttributionTagger(AttributionModel model) {
        this.model = model;
        this.features = new AttributionFeatures(model.lexicon());
    }

    public static AttributionTagger shipped() {
        return Shipped.INSTANCE;
    }

    /** Loaded on first use, so that training can run before any model exists. */
    private static final class Shipped {
        static final AttributionTagger INSTANCE = new AttributionTagger(AttributionModel.shipped());
    }

    /** Reads the paragraph {@code text[from, to)}. */
    public Reading read(String text, int from, int to) {
        var tokens = WordTokens.of(text, from, to);
        var labels = new int[tokens.size()];
        for (var at = 0; at < tokens.size(); at += MAX_TOKENS) {
            var piece = tokens.subList(at, Math.min(tokens.size(), at + MAX_TOKENS));
            var decoded = model.decode(features, piece);
            System.arraycopy(decoded, 0, labels, at, decoded.length);
        }
        var spans = spans(tokens, labels);
        return new Reading(tokens, labels, spans, AttributionLinks.link(tokens, spans));
    }

    /**
     * The spans a label sequence encodes, as CofeNet's scorer reads them: a begin label and the inside labels of
     * the same role that follow it; an inside label that continues nothing starts no span.
     */
    public static List<Span> spans(List<WordTokens.Token> tokens, int[] labels) {
        var spans = new ArrayList<Span>();
        var i = 0;
        while (i < labels.length) {
            if (!AttributionRole.begins(labels[i])) {
                i++;
                continue;
            }
            var role = AttributionRole.of(labels[i]);
            var j = i + 1;
            while (j < labels.length && labels[j] == role.inside()) {
                j++;
            }
            spans.add(new Span(role, i, j - 1, tokens.get(i).start(), tokens.get(j - 1).end()));
            i = j;
        }
        return spans;
    }
}
