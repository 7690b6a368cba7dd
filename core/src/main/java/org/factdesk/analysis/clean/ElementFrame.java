package org.factdesk.analysis.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Element;

/**
 * An open element while {@link BlockCollector} walks a page: its tag, what it inherits from its ancestors (inside a
 * nav, a list item, a figure...) and, read only when asked, the words of its class and id. Frames are immutable and
 * point to their parent, so a block keeps its whole element chain without copying it.
 */
final class ElementFrame {

    static final int NAV = 1;
    static final int ASIDE = 1 << 1;
    static final int FOOTER = 1 << 2;
    static final int HEADER = 1 << 3;
    static final int FORM = 1 << 4;
    static final int LIST_ITEM = 1 << 5;
    static final int TABLE = 1 << 6;
    static final int FIGURE = 1 << 7;
    static final int QUOTE = 1 << 8;
    static final int LINK = 1 << 9;
    static final int HEADING = 1 << 10;
    static final int ARTICLE = 1 << 11;
    static final int MAIN = 1 << 12;
    static final int EMPHASIS = 1 << 13;
    static final int PRE = 1 << 14;
    static final String[] FLAG_NAMES = {"nav", "aside", "footer", "header", "form", "li", "table", "figure", "quote",
        "a", "h", "article", "main", "em", "pre"};

    /** Long class attributes are generated utility classes; the first words name the element's job. */
    private static final int MAX_NAMES = 8;

    final Element element;
    final String tag;
    final ElementFrame parent;
    final int depth;
    final int flags;
    /** The vote score of this element or of its nearest scored ancestor, as a share of the winner's. */
    final double score;
    private String[] names;
    private String[] nameFeatures;

    ElementFrame(Element element, ElementFrame parent, double ownScore) {
        this.element = element;
        this.tag = element.normalName();
        this.parent = parent;
        this.depth = parent == null ? 0 : parent.depth + 1;
        this.flags = (parent == null ? 0 : parent.flags) | flagOf(tag);
        this.score = ownScore >= 0 ? ownScore : parent == null ? 0 : parent.score;
    }

    boolean has(int flag) {
        return (flags & flag) != 0;
    }

    /** Lower-case words of the class and id ("article-body" gives article, body; "shareBar" gives share, bar). */
    String[] names() {
        if (names == null) {
            names = words(element.className() + " " + element.id());
        }
        return names;
    }

    /** The class and id words as feature names ("n:share"), made once per element. */
    String[] nameFeatures() {
        if (nameFeatures == null) {
            var words = names();
            nameFeatures = new String[words.length];
            for (var i = 0; i < words.length; i++) {
                nameFeatures[i] = "n:" + words[i];
            }
        }
        return nameFeatures;
    }

    static String[] words(String attribute) {
        var words = new ArrayList<String>();
        var word = new StringBuilder();
        for (var i = 0; i <= attribute.length() && words.size() < MAX_NAMES; i++) {
            var c = i < attribute.length() ? attribute.charAt(i) : ' ';
            var boundary = !Character.isLetter(c)
                    || Character.isUpperCase(c) && word.length() > 0 && Character.isLowerCase(attribute.charAt(i - 1));
            if (boundary) {
                add(words, word);
            }
            if (Character.isLetter(c)) {
                word.append(Character.toLowerCase(c));
            }
        }
        return words.toArray(String[]::new);
    }

    private static void add(List<String> words, StringBuilder word) {
        if (word.length() >= 2 && word.length() <= 20) {
            var text = word.toString().toLowerCase(Locale.ROOT);
            if (!words.contains(text)) {
                words.add(text);
            }
        }
        word.setLength(0);
    }

    private static int flagOf(String tag) {
        return switch (tag) {
            case "nav", "menu" -> NAV;
            case "aside" -> ASIDE;
            case "footer" -> FOOTER;
            case "header" -> HEADER;
            case "form", "fieldset", "label" -> FORM;
            case "li", "dd", "dt" -> LIST_ITEM;
            case "table", "tr", "td", "th" -> TABLE;
            case "figure", "figcaption" -> FIGURE;
            case "blockquote", "q" -> QUOTE;
            case "a" -> LINK;
            case "h1", "h2", "h3", "h4", "h5", "h6" -> HEADING;
            case "article" -> ARTICLE;
            case "main" -> MAIN;
            case "strong", "b", "em", "i" -> EMPHASIS;
            case "pre", "code" -> PRE;
            default -> 0;
        };
    }
}
