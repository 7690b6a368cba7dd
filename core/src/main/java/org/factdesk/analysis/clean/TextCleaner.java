package org.factdesk.analysis.clean;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Turns scraped text into the article body. Three passes: fragments glued to paragraphs, whole lines by shape,
 * then lines by position and vocabulary. Every cut is kept, in document order, for an editor to review.
 */
final class TextCleaner {

    private final GluedFragments fragments = new GluedFragments();
    private final BoilerplateRules rules = new BoilerplateRules();
    private final ArticleZones zones = new ArticleZones();

    CleanedText clean(String text) {
        return clean(text, Set.of());
    }

    /** @param keep lines or fragments an editor restored: they stay in the body wherever a rule would cut them */
    CleanedText clean(String text, Set<String> keep) {
        var blocks = new ArrayList<Block>();
        for (var line : text.split("\n")) {
            blocks.add(Block.of(line));
        }
        return clean(blocks, false, null, keep);
    }

    CleanedText clean(List<Block> blocks) {
        return clean(blocks, false, null, Set.of());
    }

    /**
     * Blocks read from markup: the page structure already told the story from its furniture, so short lines between
     * paragraphs (subheadings, table cells, list items) and repeated cells stay, and only the line rules and the
     * head and tail of the story are judged again.
     */
    CleanedText cleanMarkup(List<Block> blocks, String declaredTitle, Set<String> keep) {
        return clean(blocks, true, declaredTitle, keep);
    }

    /** "Headline" and "Headline | Site" or "Headline - Site" are the same headline. */
    private static boolean sameHeadline(String line, String declared) {
        var a = key(line);
        var b = key(declared);
        return !a.isEmpty() && !b.isEmpty() && (a.startsWith(b) || b.startsWith(a));
    }

    private CleanedText clean(List<Block> blocks, boolean fromMarkup, String declaredTitle, Set<String> keep) {
        var lines = new ArrayList<ArticleZones.Line>();
        for (var block : blocks) {
            var text = LineShape.normaliseSpaces(block.text()).trim();
            if (!text.isEmpty()) {
                lines.add(block.dropped() ? dropped(text) : judge(text));
            }
        }
        dropRepeats(lines, fromMarkup);
        var title = zones.apply(lines, fromMarkup);
        if (title != null && declaredTitle != null && sameHeadline(title, declaredTitle)) {
            // The page declares its headline, which the article keeps as its title: the body is the story alone.
            lines.stream().filter(line -> line.kept() && line.text.equals(title)).findFirst()
                    .ifPresent(line -> line.drop(Removal.Kind.HEADER));
        }
        return assemble(lines, title, keep);
    }

    private static ArticleZones.Line dropped(String text) {
        var line = new ArticleZones.Line(text);
        line.drop(Removal.Kind.BOILERPLATE);
        return line;
    }

    private ArticleZones.Line judge(String text) {
        var cut = fragments.cut(text);
        var line = new ArticleZones.Line(cut.kept());
        line.prefix = cut.prefix();
        line.suffix = cut.suffix();
        if (!line.text.isEmpty()) {
            var kind = rules.classify(line.text);
            if (kind != null) {
                line.drop(kind);
            }
        }
        return line;
    }

    /** Scrapers often repeat the headline or a caption; the first copy stands. */
    private static void dropRepeats(List<ArticleZones.Line> lines, boolean fromMarkup) {
        var seen = new HashSet<String>();
        for (var line : lines) {
            var judged = !fromMarkup || LineShape.isProse(line.text);
            if (line.kept() && judged && !seen.add(key(line.text))) {
                line.drop(Removal.Kind.DUPLICATE);
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
    private static CleanedText assemble(List<ArticleZones.Line> lines, String title, Set<String> keep) {
        var paragraphs = new ArrayList<String>();
        var removals = new ArrayList<Removal>();
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
        return new CleanedText(String.join("\n\n", paragraphs), List.copyOf(paragraphs), List.copyOf(removals), title);
    }

    private static void appendOrRemove(StringBuilder paragraph, List<Removal> removals, Removal removal, Set<String> keep) {
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
