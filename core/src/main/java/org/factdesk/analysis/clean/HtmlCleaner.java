package org.factdesk.analysis.clean;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeTraversor;

/**
 * Reads an HTML page into text blocks for the {@link TextCleaner}. Scripts, styles, embedded objects and form
 * controls are removed before any text is taken, and only text nodes are read, so no script, style or event
 * handler can reach the cleaned text whatever the markup looks like.
 */
final class HtmlCleaner {

    /** Deeper nesting is broken or hostile markup; jsoup flattens it instead of recursing. */
    private static final int MAX_DEPTH = 256;
    private static final String NEVER_TEXT = "script, style, noscript, template, svg, canvas, iframe, object, embed, "
            + "applet, link, meta, input, select, textarea, button, option, math, video, audio, map, head";

    record HtmlPage(List<Block> blocks, PageMetadata metadata) {
    }

    HtmlPage clean(String html) {
        var document = Jsoup.parse(html, "", Parser.htmlParser().setMaxDepth(MAX_DEPTH));
        var metadata = new HtmlMetadataReader().read(document);
        document.select(NEVER_TEXT).remove();
        var body = document.body();
        var collector = new BlockCollector(MainContent.pick(body));
        NodeTraversor.traverse(collector, body);
        return new HtmlPage(collector.blocks(), metadata);
    }
}
