package org.factdesk.analysis.clean;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * Walks a sanitised page once and cuts its visible text into blocks at block-level elements. Each block keeps its
 * element chain and what the page structure says about it: inside the main content or not, inside page furniture
 * (navigation, share bars, comment forms, captions, told by tag, by class or id name, or by being an article nested
 * in another, but never when it contains the story's core), and how much of it is links. The cleaner's model
 * weighs these signals; {@link Block#dropped()} is the structure's own verdict, one of them.
 */
final class BlockCollector implements NodeVisitor {

    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "h1", "h2", "h3", "h4",
            "h5", "h6", "li", "ul", "ol", "blockquote", "pre", "figure", "figcaption", "table", "tr", "dd",
            "dt", "dl", "header", "footer", "aside", "nav", "form", "br", "hr", "address", "details", "summary",
            "body", "caption", "label", "fieldset", "legend", "center");
    private static final Set<String> FURNITURE_TAGS = Set.of("nav", "aside", "footer", "dialog", "menu", "figcaption",
            "label", "fieldset");
    private static final Pattern HIDDEN_STYLE = Pattern.compile("display\\s*:\\s*none|visibility\\s*:\\s*hidden");
    private static final double MAX_LINK_SHARE = 0.6;

    private final Set<Element> main;
    private final Element core;
    private final Map<Element, Double> scores;
    private final List<Block> blocks = new ArrayList<>();
    private final Deque<Element> furniture = new ArrayDeque<>();
    /** Furniture around the main content (a page-wide wrapper named "menu-open") says nothing about the story. */
    private Deque<Element> furnitureOutsideMain = new ArrayDeque<>();
    private final StringBuilder current = new StringBuilder();
    private ElementFrame frame;
    private ElementFrame blockFrame;
    private boolean blockInCore;
    private int linkDepth;
    private int linkChars;
    private int coreDepth;
    private boolean insideMain;

    BlockCollector(MainContent.Story story) {
        this.main = story.containers();
        this.core = story.core();
        this.scores = story.scores();
    }

    static Set<String> blockTags() {
        return BLOCKS;
    }

    static boolean isBlock(Element element) {
        return BLOCKS.contains(element.normalName());
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
                if (current.isEmpty()) {
                    blockFrame = frame;
                    blockInCore = coreDepth > 0;
                }
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
        var isMain = main.contains(element);
        // Outside the story every block is dropped anyway, so furniture is only looked for inside it.
        var furnitureRoot = !isMain && insideMain && isFurniture(element);
        if (("td".equals(element.normalName()) || "th".equals(element.normalName())) && current.length() > 0) {
            // A table row reads as one line: its cells are the words of one record.
            current.append(' ');
        }
        if (isMain || furnitureRoot || isBlock(element)) {
            flush();
        }
        frame = new ElementFrame(element, frame, scores.getOrDefault(element, -1.0));
        coreDepth += element == core || coreDepth > 0 ? 1 : 0;
        if (isMain) {
            insideMain = true;
            furnitureOutsideMain = new ArrayDeque<>(furniture);
            furniture.clear();
        }
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
        var isMain = main.contains(element);
        if (isMain || isBlock(element) || furniture.peek() == element) {
            flush();
        }
        if (furniture.peek() == element) {
            furniture.pop();
        }
        if (isMain) {
            insideMain = false;
            furniture.addAll(furnitureOutsideMain);
        }
        coreDepth -= coreDepth > 0 ? 1 : 0;
        if (frame != null) {
            frame = frame.parent;
        }
    }

    private boolean isFurniture(Element element) {
        var name = element.normalName();
        if (FURNITURE_TAGS.contains(name)) {
            return true;
        }
        if (element.hasAttr("hidden") || "true".equals(element.attr("aria-hidden"))
                || HIDDEN_STYLE.matcher(element.attr("style").toLowerCase(Locale.ROOT)).find()) {
            return true;
        }
        // An article nested in another article is a teaser for a different story.
        var otherArticle = "article".equals(name) && !main.contains(element) && inArticle(element);
        var suspicious = otherArticle || "form".equals(name) || ElementNames.soundsLikeFurniture(element);
        // A page-wide wrapper named "content-with-sidebar" or an ASP.NET form can hold the story itself.
        return suspicious && !contains(element, core);
    }

    private static boolean contains(Element ancestor, Element element) {
        for (var node = element; node != null; node = node.parent()) {
            if (node == ancestor) {
                return true;
            }
        }
        return false;
    }

    private static boolean inArticle(Element element) {
        for (var parent = element.parent(); parent != null; parent = parent.parent()) {
            if ("article".equals(parent.normalName())) {
                return true;
            }
        }
        return false;
    }

    private void flush() {
        var text = current.toString().strip();
        if (!text.isEmpty() && blockFrame != null) {
            var linky = linkChars > MAX_LINK_SHARE * text.length();
            var inFurniture = !furniture.isEmpty();
            blocks.add(new Block(text, inFurniture || !insideMain || linky,
                    new Block.Markup(blockFrame, linkChars, insideMain, inFurniture, blockInCore)));
        }
        current.setLength(0);
        linkChars = 0;
        blockFrame = null;
    }
}
