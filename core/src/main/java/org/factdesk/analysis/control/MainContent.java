package org.factdesk.analysis.control;

import java.util.HashMap;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * Picks the element that holds the story. Pages that mark their article (articleBody, article, main, a
 * "story-body" class) are taken at their word when the marked element holds real paragraphs; otherwise the
 * container whose paragraphs carry the most unlinked text wins, the way reader modes do it.
 */
final class MainContent {

    private static final String MARKED = "[itemprop=articleBody], article, main, [role=main], "
            + "[class~=(?i)(article|story|post|entry)[-_]?(body|content|text)], "
            + "[id~=(?i)(article|story|post|entry)[-_]?(body|content|text)]";
    /** A marked element with less paragraph text than this is a teaser card, not the story. */
    private static final int MIN_MARKED_TEXT = 200;
    private static final int MIN_PARAGRAPH = 40;
    private static final double MAX_LINK_SHARE = 0.5;

    private MainContent() {
    }

    static Element pick(Element body) {
        Element best = null;
        var bestLength = 0;
        for (var candidate : body.select(MARKED)) {
            var length = paragraphText(candidate);
            if (length > bestLength) {
                best = candidate;
                bestLength = length;
            }
        }
        if (best != null && bestLength >= MIN_MARKED_TEXT) {
            return best;
        }
        return densest(body);
    }

    private static Element densest(Element body) {
        var scores = new HashMap<Element, Double>();
        for (var paragraph : body.select("p, pre, blockquote")) {
            var length = unlinkedLength(paragraph);
            if (length < MIN_PARAGRAPH) {
                continue;
            }
            var parent = paragraph.parent();
            if (parent != null) {
                scores.merge(parent, (double) length, Double::sum);
                if (parent.parent() != null) {
                    scores.merge(parent.parent(), length / 2.0, Double::sum);
                }
            }
        }
        return scores.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(body);
    }

    private static int paragraphText(Element element) {
        var total = 0;
        for (var paragraph : element.select("p")) {
            var length = unlinkedLength(paragraph);
            total += length >= MIN_PARAGRAPH ? length : 0;
        }
        return total;
    }

    /** Text length, or 0 when most of it is links: a list of headlines is not the story. */
    private static int unlinkedLength(Element element) {
        var length = element.text().length();
        var linked = element.select("a").text().length();
        return length == 0 || linked > MAX_LINK_SHARE * length ? 0 : length;
    }
}
