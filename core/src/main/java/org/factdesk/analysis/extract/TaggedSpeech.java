package org.factdesk.analysis.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
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

    /** A span of one attribution; spans of one role never overlap, so each list is sorted by start and by end. */
    private record Entry(AttributionTagger.Span span, AttributionTagger.Attribution attribution) {
    }

    private final List<Entry> contents;
    private final List<Entry> cues;

    private TaggedSpeech(List<AttributionTagger.Attribution> attributions) {
        var contentEntries = new ArrayList<Entry>();
        var cueEntries = new ArrayList<Entry>();
        for (var attribution : attributions) {
            attribution.content().forEach(span -> contentEntries.add(new Entry(span, attribution)));
            if (attribution.cue() != null) {
                cueEntries.add(new Entry(attribution.cue(), attribution));
            }
        }
        contentEntries.sort(Comparator.comparingInt(e -> e.span().start()));
        cueEntries.sort(Comparator.comparingInt(e -> e.span().start()));
        this.contents = contentEntries;
        this.cues = cueEntries;
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
        var shared = new HashMap<AttributionTagger.Attribution, Integer>();
        for (var i = firstEndingAfter(contents, start); i < contents.size(); i++) {
            var span = contents.get(i).span();
            if (span.start() >= end) {
                break;
            }
            shared.merge(contents.get(i).attribution(), Math.min(end, span.end()) - Math.max(start, span.start()),
                    Integer::sum);
        }
        AttributionTagger.Attribution best = null;
        var bestShared = 0;
        for (var entry : shared.entrySet()) {
            if (entry.getValue() > bestShared) {
                best = entry.getKey();
                bestShared = entry.getValue();
            }
        }
        return bestShared >= MIN_COVER * (end - start) ? best : null;
    }

    /** Attributions whose cue lies within {@code [start, end)}, in text order. */
    List<AttributionTagger.Attribution> cuedWithin(int start, int end) {
        var result = new ArrayList<AttributionTagger.Attribution>();
        for (var i = firstEndingAfter(cues, start); i < cues.size(); i++) {
            var cue = cues.get(i).span();
            if (cue.start() >= end) {
                break;
            }
            if (cue.start() >= start && cue.end() <= end) {
                result.add(cues.get(i).attribution());
            }
        }
        return result;
    }

    /** Index of the first entry whose span ends after {@code offset}. */
    private static int firstEndingAfter(List<Entry> entries, int offset) {
        var low = 0;
        var high = entries.size();
        while (low < high) {
            var mid = (low + high) >>> 1;
            if (entries.get(mid).span().end() <= offset) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }
}
