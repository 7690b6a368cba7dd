package org.factdesk.analysis.control;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * Walks a sanitised page once and cuts its visible text into blocks at block-level elements. Blocks inside page
 * furniture (navigation, share bars, comment forms, captions), outside the main content, or made mostly of links
 * are marked dropped, so that the cleaner records them as removed in document order.
 */
final class BlockCollector implements NodeVisitor {

    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "h1", "h2", "h3", "h4",
            "h5", "h6", "li", "ul", "ol", "blockquote", "pre", "figure", "figcaption", "table", "tr", "td", "th", "dd",
            "dt", "dl", "header", "footer", "aside", "nav", "form", "br", "hr", "address", "details", "summary",
            "body", "caption", "label", "fieldset", "legend", "center");
    private static final Set<String> FURNITURE_TAGS = Set.of("nav", "aside", "footer", "form", "dialog", "menu",
            "figcaption", "label", "fieldset");
    private static final Pattern FURNITURE_NAME = Pattern.compile("(?:^|[-_\\s])(?:share|sharing|social|comments?"
            + "|related|widget|sidebar|newsletter|subscribe|subscription|promo|advert|advertisement|ads?|banner"
            + "|cookie|breadcrumbs?|menu|nav|navbar|footer|popup|modal|recommended|tags|outbrain|taboola|paywall"
            + "|signup|login|masthead|caption|credit|toolbar|print)(?:$|[-_\\s])");
    private static final Pattern HIDDEN_STYLE = Pattern.compile("display\\s*:\\s*none|visibility\\s*:\\s*hidden");
    private static final double MAX_LINK_SHARE = 0.6;

    private final Element main;
    private final List<Block> blocks = new ArrayList<>();
    private final Deque<Element> furniture = new ArrayDeque<>();
    private final StringBuilder current = new StringBuilder();
    private int linkDepth;
    private int linkChars;
    private boolean insideMain;

    BlockCollector(Element main) {
        this.main = main;
    }

    List<Block> blocks() {
        flush();
        return blocks;
    }

    @Override
    public void head(Node node, int depth) {
        if (node instanceof TextNode textNode) {
            var text = textNode.text();
            if (!text.isBlank()) {
                current.append(text);
                linkChars += linkDepth > 0 ? text.strip().length() : 0;
            } else if (current.length() > 0) {
                current.append(' ');
            }
            return;
        }
        if (!(node instanceof Element element)) {
            return;
        }
        var furnitureRoot = isFurniture(element);
        if (element == main || furnitureRoot || BLOCKS.contains(element.normalName())) {
            flush();
        }
        insideMain |= element == main;
        if (furnitureRoot) {
            furniture.push(element);
        }
        linkDepth += "a".equals(element.normalName()) ? 1 : 0;
    }

    @Override
    public void tail(Node node, int depth) {
        if (!(node instanceof Element element)) {
            return;
        }
        linkDepth -= "a".equals(element.normalName()) ? 1 : 0;
        if (element == main || BLOCKS.contains(element.normalName()) || furniture.peek() == element) {
            flush();
        }
        if (furniture.peek() == element) {
            furniture.pop();
        }
        insideMain &= element != main;
    }

    private boolean isFurniture(Element element) {
        var name = element.normalName();
        if (FURNITURE_TAGS.contains(name) || "header".equals(name) && !insideMain) {
            return true;
        }
        if (element.hasAttr("hidden") || "true".equals(element.attr("aria-hidden"))
                || HIDDEN_STYLE.matcher(element.attr("style").toLowerCase(Locale.ROOT)).find()) {
            return true;
        }
        var names = (element.className() + " " + element.id()).toLowerCase(Locale.ROOT);
        return !names.isBlank() && element != main && FURNITURE_NAME.matcher(names).find();
    }

    private void flush() {
        var text = current.toString().strip();
        if (!text.isEmpty()) {
            var linky = linkChars > MAX_LINK_SHARE * text.length();
            blocks.add(new Block(text, !furniture.isEmpty() || !insideMain || linky));
        }
        current.setLength(0);
        linkChars = 0;
    }
}
