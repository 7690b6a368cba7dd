package org.factdesk.analysis.clean;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import org.factdesk.analysis.SeenLines;

/**
 * What the title model sees of each line above the story: its shape, how far above the first paragraph it sits,
 * whether it names what the first paragraphs are about, whether it is marked up as a heading, and whether the
 * outlet prints it around other stories too (a masthead). Some lines are never a headline by their format alone.
 */
final class TitleFeatures {

    /** The headline sits close above the story; further up are menus. */
    static final int MAX_CANDIDATES = 60;
    private static final int MAX_WORDS = 30;
    private static final int LEAD_PARAGRAPHS = 3;
    private static final List<String> HEADINGS = List.of("h1", "h2", "h3", "h4", "h5", "h6");
    private static final List<String> HEADING_FEATURES = HEADINGS.stream().map(h -> "tag:" + h).toList();

    private TitleFeatures() {
    }

    /** A candidate line and its features. */
    record Candidate(int index, FeatureVector features) {
    }

    /** The lines before {@code end} that may be the headline, nearest first, with their features. */
    static List<Candidate> candidates(List<Line> lines, int end, boolean markup, SeenLines seen) {
        var lead = new ArrayList<String>();
        for (var i = end; i < lines.size() && lead.size() < LEAD_PARAGRAPHS; i++) {
            if (lines.get(i).kept() && LineShape.isProse(lines.get(i).text)) {
                lead.add(lines.get(i).text);
            }
        }
        var leadWords = new HashSet<String>();
        lead.forEach(paragraph -> leadWords.addAll(StoryVocabulary.contentWords(paragraph)));
        var counts = new HashMap<Long, Integer>();
        for (var line : lines) {
            counts.merge(line.fingerprint, 1, Integer::sum);
        }
        var candidates = new ArrayList<Candidate>();
        var rank = 0;
        for (var i = end - 1; i >= 0 && candidates.size() < MAX_CANDIDATES; i--) {
            var line = lines.get(i);
            if (!possible(line, seen)) {
                continue;
            }
            var shape = LineFeatures.Shape.of(line.text);
            var f = new FeatureVector();
            f.add("bias", 1);
            shape.addTo(f);
            f.add("lines_above_body", Math.log1p(end - i));
            f.flag("nearest", rank == 0);
            f.flag("second", rank == 1);
            f.add("rank", Math.log1p(rank));
            f.add("position", lines.size() <= 1 ? 0 : (double) i / (lines.size() - 1));
            var words = new HashSet<>(StoryVocabulary.contentWords(line.text));
            var shared = 0;
            for (var word : words) {
                shared += leadWords.contains(word) ? 1 : 0;
            }
            f.add("lead_shared", Math.log1p(shared));
            f.add("lead_share", words.isEmpty() ? 0 : (double) shared / words.size());
            f.flag("lead_none", shared == 0);
            f.flag("repeated", counts.getOrDefault(line.fingerprint, 0) > 1);
            if (markup && line.markup != null) {
                var frame = line.markup.element();
                f.flag("dropped", line.structureDropped);
                f.flag("main", line.markup.insideMain());
                f.add("links", line.linkDensity());
                for (var e = frame; e != null; e = e.parent) {
                    var level = HEADINGS.indexOf(e.tag);
                    if (level >= 0) {
                        f.flag(HEADING_FEATURES.get(level), true);
                        break;
                    }
                }
                f.flag("in:a", frame.has(ElementFrame.LINK));
                f.flag("in:header", frame.has(ElementFrame.HEADER));
                f.flag("in:nav", frame.has(ElementFrame.NAV));
            }
            candidates.add(new Candidate(i, f));
            rank++;
        }
        return candidates;
    }

    /**
     * Lines that are never the headline, whatever a model says: a byline, date, caption or other line of known
     * shape, a timestamp or desk line with a clock time, a label of one or two words, a masthead or section label
     * in capitals, a consent or subscription notice, a line the outlet prints around other stories too, or a
     * paragraph.
     */
    static boolean possible(Line line, SeenLines seen) {
        var text = line.text;
        if (text.isEmpty() || line.shape != null) {
            return false;
        }
        var shape = LineFeatures.Shape.of(text);
        if (shape.words < 3 || shape.words > MAX_WORDS || shape.clock && shape.words <= 10) {
            return false;
        }
        if (shape.upper >= 0.8 && shape.words <= 5) {
            return false;
        }
        if (shape.cues.containsKey("consent") || shape.cues.containsKey("subscribe") || shape.bullet) {
            return false;
        }
        if (seen.count(line.fingerprint) > 0) {
            return false;
        }
        return !(shape.words >= LineShape.PROSE_WORDS && shape.sentence && shape.commas > 0);
    }
}
