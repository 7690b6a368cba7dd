package org.factdesk.analysis.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * Ties the tagger's spans into attributions: each content to the nearest cue, each cue to the nearest source,
 * measured in tokens, a sentence end between two spans counting as a long way. In news copy the three stand
 * together ("X said Y", "“Y,” X said", "Y, according to X"), and PolNeAR labels a span only when it belongs to an
 * attribution.
 */
final class AttributionLinks {

    /** A cue farther than this from a content belongs to another attribution, or to none. */
    private static final int MAX_GAP = 40;
    /** What a sentence end between two spans adds to their distance: the cue of the same sentence wins. */
    private static final int SENTENCE_END = 20;

    private AttributionLinks() {
    }

    static List<AttributionTagger.Attribution> link(List<WordTokens.Token> tokens,
                                                    List<AttributionTagger.Span> spans) {
        var cues = new ArrayList<AttributionTagger.Span>();
        var sources = new ArrayList<AttributionTagger.Span>();
        var contents = new ArrayList<AttributionTagger.Span>();
        for (var span : spans) {
            switch (span.role()) {
                case CUE -> cues.add(span);
                case SOURCE -> sources.add(span);
                case CONTENT -> contents.add(span);
            }
        }
        var byCue = new LinkedHashMap<AttributionTagger.Span, List<AttributionTagger.Span>>();
        var result = new ArrayList<AttributionTagger.Attribution>();
        for (var content : contents) {
            var cue = nearest(tokens, cues, content);
            if (cue == null) {
                result.add(new AttributionTagger.Attribution(nearest(tokens, sources, content), null,
                        List.of(content)));
            } else {
                byCue.computeIfAbsent(cue, c -> new ArrayList<>()).add(content);
            }
        }
        byCue.forEach((cue, said) -> result.add(new AttributionTagger.Attribution(nearest(tokens, sources, cue), cue,
                List.copyOf(said))));
        result.sort((a, b) -> Integer.compare(a.content().get(0).firstToken(), b.content().get(0).firstToken()));
        return result;
    }

    private static AttributionTagger.Span nearest(List<WordTokens.Token> tokens,
                                                  List<AttributionTagger.Span> candidates, AttributionTagger.Span to) {
        AttributionTagger.Span best = null;
        var bestGap = MAX_GAP + 1;
        for (var candidate : candidates) {
            var gap = gap(candidate, to) + (sentenceEndBetween(tokens, candidate, to) ? SENTENCE_END : 0);
            if (gap < bestGap) {
                best = candidate;
                bestGap = gap;
            }
        }
        return best;
    }

    private static boolean sentenceEndBetween(List<WordTokens.Token> tokens, AttributionTagger.Span a,
                                              AttributionTagger.Span b) {
        var from = Math.min(a.lastToken(), b.lastToken()) + 1;
        var to = Math.max(a.firstToken(), b.firstToken());
        for (var i = from; i < to; i++) {
            var text = tokens.get(i).text();
            if (".".equals(text) || "!".equals(text) || "?".equals(text)) {
                return true;
            }
        }
        return false;
    }

    private static int gap(AttributionTagger.Span a, AttributionTagger.Span b) {
        if (a.lastToken() < b.firstToken()) {
            return b.firstToken() - a.lastToken();
        }
        return b.lastToken() < a.firstToken() ? a.firstToken() - b.lastToken() : 0;
    }
}
