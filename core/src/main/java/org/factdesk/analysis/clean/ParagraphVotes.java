package org.factdesk.analysis.clean;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/**
 * The reader-mode vote: every paragraph of unlinked prose votes for its parent and, more weakly, for the ancestors
 * above it; a vote counts more for longer paragraphs and for commas, which run in sentences but not in menus.
 */
final class ParagraphVotes {

    private static final int MIN_PARAGRAPH = 25;
    private static final int LEVELS = 5;
    /** A paragraph of plain divs is as good as a p: many CMSs write their story in divs. */
    private static final Set<String> PARAGRAPHS = Set.of("p", "pre", "td", "blockquote", "div", "section", "li", "dd");

    private ParagraphVotes() {
    }

    /** Votes by container; only elements that received a vote are present. */
    static Map<Element, Double> count(Element body, TextStats stats) {
        var votes = new HashMap<Element, Double>();
        for (var element : body.getAllElements()) {
            if (!PARAGRAPHS.contains(element.normalName())) {
                continue;
            }
            var text = ownProse(element, stats);
            if (text < MIN_PARAGRAPH) {
                continue;
            }
            var vote = 1 + commas(element) + Math.min(text / 100.0, 3);
            var ancestor = element.parent();
            for (var level = 1; level <= LEVELS && ancestor != null; level++) {
                votes.merge(ancestor, vote / divider(level), Double::sum);
                ancestor = ancestor.parent();
            }
        }
        return votes;
    }

    private static double divider(int level) {
        return level == 1 ? 1 : level == 2 ? 2 : (level - 1) * 3.0;
    }

    /** Unlinked text directly inside the element (and its inline children), not inside nested blocks. */
    private static int ownProse(Element element, TextStats stats) {
        var length = 0;
        var linked = 0;
        for (var node : element.childNodes()) {
            if (node instanceof TextNode text) {
                length += TextStats.visibleLength(text.getWholeText().strip());
            } else if (node instanceof Element child && !BlockCollector.isBlock(child)) {
                length += stats.text(child);
                linked += stats.linked(child);
            }
        }
        return linked * 2 > length ? 0 : length - linked;
    }

    private static int commas(Element element) {
        var count = 0;
        for (var node : element.childNodes()) {
            if (node instanceof TextNode text) {
                var value = text.getWholeText();
                for (var i = 0; i < value.length(); i++) {
                    count += value.charAt(i) == ',' ? 1 : 0;
                }
            }
        }
        return count;
    }
}
