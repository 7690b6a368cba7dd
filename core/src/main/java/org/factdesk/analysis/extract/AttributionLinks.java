package org.factdesk.analysis.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * Ties the tagger's spans into attributions: each content to the nearest cue, each cue to the nearest source,
 * measured in tokens. In news copy the three stand together ("X said Y", "“Y,” X said", "Y, according to X"),
 * and PolNeAR labels a span only when it belongs to an attribution.
 */
final class AttributionLinks {

    /** A cue farther than this from a content belongs to another attribution, or to none. */
    private static final int MAX_GAP = 40;

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
            var cue = nearest(cues, content);
            if (cue == null) {
                result.add(new AttributionTagger.Attribution(nearest(sources, content), null, List.of(content)));
            } else {
                byCue.computeIfAbsent(cue, c -> new ArrayList<>()).add(content);
            }
        }
        byCue.forEach((cue, said) -> result.add(new AttributionTagger.Attribution(nearest(sources, cue), cue,
                List.copyOf(said))));
        result.sort((a, b) -> Integer.compare(a.content().get(0).firstToken(), b.content().get(0).firstToken()));
        return result;
    }

    private static AttributionTagger.Span nearest(List<AttributionTagger.Span> candidates,
                                                  AttributionTagger.Span to) {
        AttributionTagger.Span best = null;
        var bestGap = MAX_GAP + 1;
        for (var candidate : candidates) {
            var gap = gap(candidate, to);
            if (gap < bestGap) {
                best = candidate;
                bestGap = gap;
            }
        }
        return best;
    }

    private static int gap(AttributionTagger.Span a, AttributionTagger.Span b) {
        if (a.lastToken() < b.firstToken()) {
            return b.firstToken() - a.lastToken();
        }
        return b.lastToken() < a.firstToken() ? a.firstToken() - b.lastToken() : 0;
    }
}
