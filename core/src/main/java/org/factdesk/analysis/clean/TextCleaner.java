package org.factdesk.analysis.clean;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.factdesk.analysis.Analysis;
import org.factdesk.analysis.RemovalReason;
import org.factdesk.analysis.RemovedLine;
import org.factdesk.analysis.SeenLines;

/**
 * Turns scraped text or the blocks of a page into the article body. Fragments glued to a paragraph are cut first;
 * then the {@link ContentModel} judges every line from its {@link LineFeatures}; the headline is found among the
 * lines above the story; the kept lines are joined into paragraphs. Every cut is kept, in document order, with its
 * reason, for an editor to review.
 */
final class TextCleaner {

    /** Lines above the story that the metadata stage reads for a date; a longer head is a page of menus. */
    private static final int MAX_HEAD_LINES = 40;
    private static final int MAX_TITLE_WORDS = 40;

    private final GluedFragments fragments = new GluedFragments();
    private final BoilerplateRules rules = new BoilerplateRules();
    private final ContentModel model;

    TextCleaner() {
        this(ContentModel.shipped());
    }

    TextCleaner(ContentModel model) {
        this.model = model;
    }

    CleanedText clean(String text) {
        return clean(text, Set.of(), SeenLines.NONE);
    }

    /** @param keep lines or fragments an editor restored: they stay in the body wherever a rule would cut them */
    CleanedText clean(String text, Set<String> keep, SeenLines seen) {
        return clean(lines(textBlocks(text)), false, null, keep, seen);
    }

    /**
     * Blocks read from markup. When the page declares its headline, the article keeps it as its title and the body
     * is the story alone.
     */
    CleanedText cleanMarkup(List<Block> blocks, String declaredTitle, Set<String> keep, SeenLines seen) {
        return clean(lines(blocks), true, declaredTitle, keep, seen);
    }

    static List<Block> textBlocks(String text) {
        var blocks = new ArrayList<Block>();
        for (var line : text.split("\n")) {
            blocks.add(Block.of(line));
        }
        return blocks;
    }

    /**
     * The non-blank blocks as lines, glued fragments cut, each with what its shape alone says; a block the page
     * structure already dropped is read whole.
     */
    List<Line> lines(List<Block> blocks) {
        var lines = new ArrayList<Line>();
        for (var block : blocks) {
            var text = LineShape.normaliseSpaces(block.text()).trim();
            if (text.isEmpty()) {
                continue;
            }
            var line = new Line(text, block.markup(), block.dropped());
            lines.add(line);
            if (block.dropped()) {
                // Outside the story or in its furniture: the model judges the line whole, by its look and place.
                continue;
            }
            var cut = fragments.cut(text);
            line.text = cut.kept();
            line.prefix = cut.prefix();
            line.suffix = cut.suffix();
            if (!line.text.isEmpty()) {
                line.shape = rules.classify(line.text);
                line.credit = WireFormats.isCredit(line.text);
                line.shape = line.credit ? RemovalReason.BYLINE : line.shape;
            }
        }
        return lines;
    }

    /** Features and the model's verdict for every line. */
    void judge(List<Line> lines, boolean fromMarkup, SeenLines seen) {
        LineFeatures.compute(lines, fromMarkup, seen);
        var weights = model.lines(fromMarkup);
        for (var line : lines) {
            line.content = line.text.isEmpty() ? 0 : weights.probability(line.features);
        }
    }

    /**
     * Drops every line the model rejects, every line whose format alone says what it is (a caption, a credit line,
     * a date label, filler...), and repeats of a kept line.
     */
    static void decide(List<Line> lines, boolean fromMarkup) {
        for (var line : lines) {
            line.keep();
            if (!line.text.isEmpty() && (line.shape != null || line.content < 0.5)) {
                line.drop(RemovalReason.BOILERPLATE);
            }
        }
        dropRepeats(lines, fromMarkup);
    }

    private CleanedText clean(List<Line> lines, boolean fromMarkup, String declaredTitle, Set<String> keep,
                              SeenLines seen) {
        judge(lines, fromMarkup, seen);
        decide(lines, fromMarkup);
        return finish(lines, fromMarkup, declaredTitle, keep, seen, model);
    }

    /**
     * The headline, the reasons of the cuts, and the body joined from the kept lines. A page that declares its
     * headline keeps it as its title, and the line that prints it leaves the body; otherwise the title model picks
     * the headline among the lines above the story, and in plain text what stands above the headline is masthead
     * and menus.
     */
    static CleanedText finish(List<Line> lines, boolean fromMarkup, String declaredTitle, Set<String> keep,
                              SeenLines seen, ContentModel model) {
        var bodyStart = Headline.bodyStart(lines);
        var titleAt = -1;
        String title = null;
        if (fromMarkup && declaredTitle != null) {
            for (var i = 0; i < Math.min(lines.size(), bodyStart + 1) && titleAt < 0; i++) {
                if (LineShape.words(lines.get(i).text) <= MAX_TITLE_WORDS && sameHeadline(lines.get(i).text, declaredTitle)) {
                    titleAt = i;
                }
            }
            if (titleAt >= 0) {
                title = lines.get(titleAt).text;
                lines.get(titleAt).drop(RemovalReason.HEADER);
            }
        } else {
            titleAt = model.headline(lines, bodyStart, fromMarkup, seen);
            if (titleAt >= 0) {
                title = lines.get(titleAt).text;
                lines.get(titleAt).keep();
                for (var i = 0; i < titleAt && !fromMarkup; i++) {
                    if (lines.get(i).kept()) {
                        lines.get(i).drop(RemovalReason.HEADER);
                    }
                }
                // a page that prints its headline twice (a teaser above, the story's own below) keeps it once
                var headline = key(title);
                for (var i = titleAt + 1; i < lines.size(); i++) {
                    if (lines.get(i).kept() && key(lines.get(i).text).equals(headline)) {
                        lines.get(i).drop(RemovalReason.DUPLICATE);
                    }
                }
            }
        }
        RemovalReasons.name(lines, titleAt >= 0 ? titleAt : bodyStart, seen);
        var head = lines.subList(0, Math.min(bodyStart, MAX_HEAD_LINES)).stream().map(line -> line.source).toList();
        return assemble(lines, title, keep, head);
    }

    /** "Headline" and "Headline | Site" or "Headline - Site" are the same headline. */
    static boolean sameHeadline(String line, String declared) {
        var a = key(line);
        var b = key(declared);
        return !a.isEmpty() && !b.isEmpty() && (a.startsWith(b) || b.startsWith(a));
    }

    /** Scrapers often repeat the headline or a caption; the first copy stands. */
    private static void dropRepeats(List<Line> lines, boolean fromMarkup) {
        var seen = new HashSet<String>();
        for (var line : lines) {
            var judged = !fromMarkup || LineShape.isProse(line.text);
            if (line.kept() && judged && !seen.add(key(line.text))) {
                line.drop(RemovalReason.DUPLICATE);
            }
        }
    }

    private static String key(String text) {
        var out = new StringBuilder(text.length());
        for (var i = 0; i < text.length(); i++) {
            var c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                out.append(Character.toLowerCase(c));
            }
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }

    /**
     * Joins the kept lines into paragraphs. A cut an editor restored goes back where it was: a whole line as its
     * own paragraph, a glued fragment onto the paragraph it was cut from.
     */
    static CleanedText assemble(List<Line> lines, String title, Set<String> keep, List<String> head) {
        var paragraphs = new ArrayList<String>();
        var removals = new ArrayList<RemovedLine>();
        for (var line : lines) {
            var paragraph = new StringBuilder();
            appendOrRemove(paragraph, removals, line.prefix, keep);
            if (line.kept()) {
                join(paragraph, line.text);
            }
            appendOrRemove(paragraph, removals, line.whole, keep);
            appendOrRemove(paragraph, removals, line.suffix, keep);
            if (!paragraph.isEmpty()) {
                paragraphs.add(paragraph.toString());
            }
        }
        var fingerprints = new java.util.LinkedHashSet<Long>();
        for (var line : lines) {
            if (line.fingerprint != 0 && fingerprints.size() < Analysis.MAX_FINGERPRINTS) {
                fingerprints.add(line.fingerprint);
            }
        }
        return new CleanedText(String.join("\n\n", paragraphs), List.copyOf(paragraphs), List.copyOf(removals), title,
                List.copyOf(fingerprints), List.copyOf(head));
    }

    private static void appendOrRemove(StringBuilder paragraph, List<RemovedLine> removals, RemovedLine removal,
                                       Set<String> keep) {
        if (removal == null || removal.text().isBlank()) {
            return;
        }
        if (keep.contains(removal.text())) {
            join(paragraph, removal.text());
        } else {
            removals.add(removal);
        }
    }

    private static void join(StringBuilder paragraph, String text) {
        if (!paragraph.isEmpty()) {
            paragraph.append(' ');
        }
        paragraph.append(text);
    }
}
