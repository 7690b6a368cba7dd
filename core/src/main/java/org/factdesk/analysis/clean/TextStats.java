package org.factdesk.analysis.clean;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Text and linked-text lengths of every element of a page, counted in one walk, so that scoring containers costs
 * one pass over the page instead of one pass per container. White space runs count as one character, as on screen.
 */
final class TextStats {

    private final Map<Element, int[]> lengths = new IdentityHashMap<>();

    private TextStats() {
    }

    static TextStats of(Element root) {
        var stats = new TextStats();
        NodeTraversor.traverse(stats.new Counter(), root);
        return stats;
    }

    int text(Element element) {
        var counts = lengths.get(element);
        return counts == null ? 0 : counts[0];
    }

    int linked(Element element) {
        var counts = lengths.get(element);
        return counts == null ? 0 : counts[1];
    }

    /** Share of the text inside links: menus and teaser lists are mostly links, stories are not. */
    double linkDensity(Element element) {
        var text = text(element);
        return text == 0 ? 0 : Math.min(1, (double) linked(element) / text);
    }

    static int visibleLength(String text) {
        var length = 0;
        var space = true;
        for (var i = 0; i < text.length(); i++) {
            var isSpace = Character.isWhitespace(text.charAt(i));
            length += isSpace && space ? 0 : 1;
            space = isSpace;
        }
        return length;
    }

    private final class Counter implements NodeVisitor {
        private final Deque<int[]> open = new ArrayDeque<>();
        private int linkDepth;

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode text && !open.isEmpty()) {
                var length = visibleLength(text.getWholeText());
                var top = open.peek();
                top[0] += length;
                top[1] += linkDepth > 0 ? length : 0;
            } else if (node instanceof Element element) {
                var counts = new int[2];
                lengths.put(element, counts);
                open.push(counts);
                linkDepth += "a".equals(element.normalName()) ? 1 : 0;
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element element) {
                linkDepth -= "a".equals(element.normalName()) ? 1 : 0;
                var counts = open.pop();
                var parent = open.peek();
                if (parent != null) {
                    parent[0] += counts[0];
                    parent[1] += counts[1];
                }
            }
        }
    }
}
