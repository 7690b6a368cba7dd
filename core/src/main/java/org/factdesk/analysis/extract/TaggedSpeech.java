package org.factdesk.analysis.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * The attribution tagger's reading of a whole article, paragraph by paragraph, with lookups by character offset:
 * which attribution a quote belongs to, which one a sentence reports. Built once per document.
 */
final class TaggedSpeech {

    /** Beyond this many characters the tagger is not run; the rules alone then read the rest. */
    static final int MAX_CHARS = 400_000;
    /** A quote belongs to an attribution whose content covers at least this share of it. */
    private static final double MIN_COVER = 0.5;

    private final List<AttributionTagger.Attribution> attributions;

    private TaggedSpeech(List<AttributionTagger.Attribution> attributions) {
        this.attributions = attributions;
    }

    static TaggedSpeech of(String text, AttributionTagger tagger) {
        var found = new ArrayList<AttributionTagger.Attribution>();
        var from = 0;
        var limit = Math.min(text.length(), MAX_CHARS);
        while (from < limit) {
            var to = text.indexOf('\n', from);
            to = to < 0 || to > limit ? limit : to;
            if (to > from) {
                found.addAll(tagger.read(text, from, to).attributions());
            }
            from = to + 1;
        }
        return new TaggedSpeech(found);
    }

    static TaggedSpeech none() {
        return new TaggedSpeech(List.of());
    }

    /** The attribution whose content covers most of {@code [start, end)}, if it covers enough of it. */
    AttributionTagger.Attribution covering(int start, int end) {
        AttributionTagger.Attribution best = null;
        var bestShared = 0;
        for (var attribution : attributions) {
            var shared = 0;
            for (var content : attribution.content()) {
                shared += Math.max(0, Math.min(end, content.end()) - Math.max(start, content.start()));
            }
            if (shared > bestShared) {
                best = attribution;
                bestShared = shared;
            }
        }
        return bestShared >= MIN_COVER * (end - start) ? best : null;
    }

    /** Attributions whose cue lies within {@code [start, end)}, in text order. */
    List<AttributionTagger.Attribution> cuedWithin(int start, int end) {
        var result = new ArrayList<AttributionTagger.Attribution>();
        for (var attribution : attributions) {
            var cue = attribution.cue();
            if (cue != null && cue.start() >= start && cue.end() <= end) {
                result.add(attribution);
            }
        }
        return result;
    }
}
