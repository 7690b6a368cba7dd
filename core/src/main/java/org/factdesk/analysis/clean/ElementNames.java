package org.factdesk.analysis.clean;

import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * What a page's own class and id names say about an element. Publishing software names its containers after
 * their job ("article-body", "comments", "share-bar"), and these names are shared across outlets.
 */
final class ElementNames {

    private static final int WEIGHT = 25;
    private static final Pattern STORY = Pattern.compile("(?:^|[-_\\s])(?:article|body|content|entry|main|page|post"
            + "|text|blog|story|hentry|prose|richtext|rich-text)(?:$|[-_\\s\\d])");
    private static final Pattern NOT_STORY = Pattern.compile("(?:^|[-_\\s])(?:comments?|com-|contact|footer|footnote"
            + "|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping"
            + "|tags|tool|widget|taboola|ad|ads|advert|banner|combx|disqus|extra|foot|header|legends|menu|modal"
            + "|nav|pager|pagination|popup|rss|social|subscribe|newsletter|recommend|trending|breadcrumbs?|byline"
            + "|author|dateline|caption|credit|cookie|signup|login|print|teaser|more-stories|read-more|most-popular"
            + "|hidden|overlay|popup|popmake|lightbox|dialog|gallery|inlinegallery|slideshow|carousel|slidecount)"
            + "(?:$|[-_\\s\\d])");

    private ElementNames() {
    }

    static String of(Element element) {
        return (element.className() + " " + element.id()).toLowerCase(Locale.ROOT).strip();
    }

    /** Positive for containers named like a story, negative for page furniture, 0 when the names say nothing. */
    static int weight(Element element) {
        var names = of(element);
        if (names.isEmpty()) {
            return 0;
        }
        var weight = 0;
        weight += NOT_STORY.matcher(names).find() ? -WEIGHT : 0;
        weight += STORY.matcher(names).find() ? WEIGHT : 0;
        weight += element.attr("itemprop").contains("articleBody") ? 2 * WEIGHT : 0;
        var tag = element.normalName();
        weight += "article".equals(tag) || "main".equals(tag) ? WEIGHT / 5 : 0;
        return weight;
    }

    static boolean soundsLikeFurniture(Element element) {
        var names = of(element);
        return !names.isEmpty() && NOT_STORY.matcher(names).find() && !STORY.matcher(names).find();
    }
}
