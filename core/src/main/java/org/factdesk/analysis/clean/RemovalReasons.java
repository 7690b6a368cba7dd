package org.factdesk.analysis.clean;

import java.util.List;
import java.util.Map;
import org.factdesk.analysis.RemovalReason;
import org.factdesk.analysis.RemovedLine;
import org.factdesk.analysis.SeenLines;

/**
 * Names the reason for each line the model cut. The model only says "not the story"; an editor reviewing the cuts
 * wants to know what kind of furniture each was, so the reason is read from what the line is made of: its shape, the
 * outlet's other documents, the words of the elements around it, its generic cue words, its links and its place.
 * Naming never changes what is cut.
 */
final class RemovalReasons {

    /** Class and id words of enclosing elements that name their job, in the order they are tried. */
    private static final Map<String, RemovalReason> ELEMENT_WORDS = Map.ofEntries(
            Map.entry("comment", RemovalReason.COMMENTS), Map.entry("comments", RemovalReason.COMMENTS),
            Map.entry("disqus", RemovalReason.COMMENTS), Map.entry("reply", RemovalReason.COMMENTS),
            Map.entry("cookie", RemovalReason.CONSENT), Map.entry("cookies", RemovalReason.CONSENT),
            Map.entry("consent", RemovalReason.CONSENT), Map.entry("gdpr", RemovalReason.CONSENT),
            Map.entry("newsletter", RemovalReason.NEWSLETTER), Map.entry("subscribe", RemovalReason.NEWSLETTER),
            Map.entry("signup", RemovalReason.NEWSLETTER), Map.entry("paywall", RemovalReason.NEWSLETTER),
            Map.entry("share", RemovalReason.SHARE_BAR), Map.entry("sharing", RemovalReason.SHARE_BAR),
            Map.entry("social", RemovalReason.SHARE_BAR), Map.entry("toolbar", RemovalReason.SHARE_BAR),
            Map.entry("ad", RemovalReason.ADVERTISEMENT), Map.entry("ads", RemovalReason.ADVERTISEMENT),
            Map.entry("advert", RemovalReason.ADVERTISEMENT), Map.entry("sponsor", RemovalReason.ADVERTISEMENT),
            Map.entry("sponsored", RemovalReason.ADVERTISEMENT), Map.entry("promo", RemovalReason.ADVERTISEMENT),
            Map.entry("caption", RemovalReason.CAPTION), Map.entry("credit", RemovalReason.CAPTION),
            Map.entry("figcaption", RemovalReason.CAPTION), Map.entry("bio", RemovalReason.AUTHOR_BIO),
            Map.entry("byline", RemovalReason.BYLINE), Map.entry("author", RemovalReason.BYLINE),
            Map.entry("related", RemovalReason.RELATED_LINKS), Map.entry("recommended", RemovalReason.RELATED_LINKS),
            Map.entry("trending", RemovalReason.RELATED_LINKS), Map.entry("popular", RemovalReason.RELATED_LINKS),
            Map.entry("teaser", RemovalReason.RELATED_LINKS), Map.entry("more", RemovalReason.RELATED_LINKS),
            Map.entry("nav", RemovalReason.NAVIGATION), Map.entry("menu", RemovalReason.NAVIGATION),
            Map.entry("breadcrumb", RemovalReason.NAVIGATION), Map.entry("breadcrumbs", RemovalReason.NAVIGATION),
            Map.entry("pagination", RemovalReason.NAVIGATION), Map.entry("header", RemovalReason.HEADER),
            Map.entry("masthead", RemovalReason.HEADER), Map.entry("footer", RemovalReason.DISCLAIMER),
            Map.entry("copyright", RemovalReason.DISCLAIMER), Map.entry("legal", RemovalReason.DISCLAIMER),
            Map.entry("disclaimer", RemovalReason.DISCLAIMER));

    private static final Map<String, RemovalReason> CUES = Map.of("consent", RemovalReason.CONSENT,
            "subscribe", RemovalReason.NEWSLETTER, "share", RemovalReason.SHARE_BAR,
            "advert", RemovalReason.ADVERTISEMENT, "comment", RemovalReason.COMMENTS,
            "legal", RemovalReason.DISCLAIMER, "related", RemovalReason.RELATED_LINKS, "nav", RemovalReason.NAVIGATION,
            "author", RemovalReason.AUTHOR_BIO);
    private static final int NAMED_ANCESTORS = 6;
    private static final List<RemovalReason> PRIORITY = List.of(RemovalReason.COMMENTS, RemovalReason.CONSENT,
            RemovalReason.NEWSLETTER, RemovalReason.AUTHOR_BIO, RemovalReason.SHARE_BAR, RemovalReason.ADVERTISEMENT,
            RemovalReason.CAPTION, RemovalReason.RELATED_LINKS, RemovalReason.BYLINE, RemovalReason.NAVIGATION,
            RemovalReason.HEADER, RemovalReason.DISCLAIMER);

    private RemovalReasons() {
    }

    /**
     * Gives each cut the model made a specific reason.
     *
     * @param headEnd index of the headline, or of the first body line: cuts above it are the page's header
     */
    static void name(List<Line> lines, int headEnd, SeenLines seen) {
        var lastKept = -1;
        for (var i = 0; i < lines.size(); i++) {
            lastKept = lines.get(i).kept() ? i : lastKept;
        }
        var kept = new java.util.HashSet<Long>();
        for (var i = 0; i < lines.size(); i++) {
            var line = lines.get(i);
            if (line.kept()) {
                kept.add(line.fingerprint);
            }
            if (line.whole != null && line.whole.reason() == RemovalReason.BOILERPLATE) {
                var reason = line.fingerprint != 0 && kept.contains(line.fingerprint) ? RemovalReason.DUPLICATE
                        : of(line, seen);
                if (reason == RemovalReason.BOILERPLATE && i < headEnd) {
                    reason = RemovalReason.HEADER;
                } else if (reason == RemovalReason.BOILERPLATE && lastKept >= 0 && i > lastKept) {
                    reason = RemovalReason.UNRELATED;
                }
                line.whole = new RemovedLine(line.whole.text(), reason);
            }
        }
    }

    static RemovalReason of(Line line, SeenLines seen) {
        if (line.shape != null) {
            return line.shape;
        }
        if (line.fingerprint != 0 && seen.count(line.fingerprint) > 0) {
            return RemovalReason.SITE_CHROME;
        }
        if (line.markup != null) {
            var level = 0;
            for (var e = line.markup.element(); e != null && level < NAMED_ANCESTORS; e = e.parent, level++) {
                RemovalReason named = null;
                for (var word : e.names()) {
                    var reason = ELEMENT_WORDS.get(word);
                    // "author-bio" is a bio, "share-comments" a comment link: the more specific word wins
                    if (reason != null && (named == null || PRIORITY.indexOf(reason) < PRIORITY.indexOf(named))) {
                        named = reason;
                    }
                }
                if (named != null) {
                    return named;
                }
                if (e.has(ElementFrame.NAV)) {
                    return RemovalReason.NAVIGATION;
                }
                if (e.has(ElementFrame.FIGURE)) {
                    return RemovalReason.CAPTION;
                }
            }
        }
        var shape = line.look != null ? line.look : LineFeatures.Shape.of(line.text);
        var best = shape.cues.entrySet().stream().filter(cue -> CUES.containsKey(cue.getKey()))
                .max(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
        if (best.isPresent()) {
            return CUES.get(best.get());
        }
        if (line.linkDensity() >= 0.5) {
            return shape.words <= 3 ? RemovalReason.NAVIGATION : RemovalReason.RELATED_LINKS;
        }
        if (shape.copyright) {
            return RemovalReason.DISCLAIMER;
        }
        if (Headline.isPersonLine(line.text)) {
            return RemovalReason.BYLINE;
        }
        return RemovalReason.BOILERPLATE;
    }
}
