package org.factdesk.analysis.control;

import java.time.LocalDate;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;

/**
 * Reads what a page declares about its story: Open Graph and article meta tags, then JSON-LD of a NewsArticle,
 * then the title element. Declared metadata is more reliable than anything guessed from the text.
 */
final class HtmlMetadataReader {

    /** JSON-LD blocks can be large; the fields we need sit near the top. */
    private static final int MAX_JSON_LD = 100_000;
    private static final String JSON_STRING = "\"((?:[^\"\\\\]|\\\\.){1,500})\"";
    private static final Pattern ARTICLE_TYPE = Pattern.compile("\"@type\"\\s*:\\s*\\[?\\s*\"(?:\\w*Article|BlogPosting"
            + "|Report)\"");
    private static final Pattern HEADLINE = Pattern.compile("\"headline\"\\s*:\\s*" + JSON_STRING);
    private static final Pattern PUBLISHED = Pattern.compile("\"datePublished\"\\s*:\\s*" + JSON_STRING);
    private static final Pattern AUTHOR = Pattern.compile("\"author\"\\s*:\\s*(?:\\[\\s*)?(?:\\{[^{}]{0,2000}?\"name\""
            + "\\s*:\\s*" + JSON_STRING + "|" + JSON_STRING + ")");
    private static final Pattern PUBLISHER = Pattern.compile("\"publisher\"\\s*:\\s*\\{[^{}]{0,2000}?\"name\"\\s*:\\s*"
            + JSON_STRING);
    private static final String BYLINE_ELEMENTS = "[rel=author], [itemprop=author] [itemprop=name], [itemprop=author], "
            + "[class~=(?i)(?:^|[-_\\s])(?:byline|by-line|author|author-name|writer)(?:$|[-_\\s])], "
            + "[id~=(?i)^(?:byline|author)$]";
    private static final int MIN_BYLINE = 3;
    private static final int MAX_BYLINE = 80;
    private static final Pattern BY = Pattern.compile("^(?i:by|von|par|por)\\s*:?\\s+");
    private static final Pattern TITLE_SUFFIX = Pattern.compile("\\s+[|–—-]\\s+[^|–—-]{1,60}$");

    PageMetadata read(Document document) {
        var jsonLd = articleJsonLd(document);
        var siteName = first(meta(document, "meta[property=og:site_name]"), json(PUBLISHER, jsonLd, 1),
                meta(document, "meta[name=application-name]"));
        var headTitle = first(meta(document, "meta[property=og:title]"), meta(document, "meta[name=twitter:title]"),
                json(HEADLINE, jsonLd, 1), pageTitle(document, siteName));
        var title = first(headTitle, document.select("h1").text());
        var author = first(person(meta(document, "meta[name=author]")),
                person(meta(document, "meta[property=article:author]")), json(AUTHOR, jsonLd, 1),
                json(AUTHOR, jsonLd, 2), bylineElement(document));
        var published = first(meta(document, "meta[property=article:published_time]"),
                meta(document, "meta[itemprop=datePublished]"), json(PUBLISHED, jsonLd, 1),
                meta(document, "meta[name~=(?i)^(pubdate|publishdate|date|dc\\.date|dc\\.date\\.issued)$]"),
                document.select("time[datetime]").attr("datetime"));
        LocalDate date = published == null ? null : DateParser.find(published).orElse(null);
        return new PageMetadata(title, author, date, siteName, headTitle != null);
    }

    /** The first short element the page marks as its byline or author, without a leading "By". */
    private static String bylineElement(Document document) {
        for (var element : document.select(BYLINE_ELEMENTS)) {
            var text = element.text().strip();
            if (text.length() >= MIN_BYLINE && text.length() <= MAX_BYLINE && DateParser.find(text).isEmpty()) {
                return BY.matcher(text).replaceFirst("").strip();
            }
        }
        return null;
    }

    private static String articleJsonLd(Document document) {
        String any = null;
        for (var script : document.select("script[type=application/ld+json]")) {
            var data = script.data();
            data = data.length() > MAX_JSON_LD ? data.substring(0, MAX_JSON_LD) : data;
            if (ARTICLE_TYPE.matcher(data).find()) {
                return data;
            }
            any = any == null ? data : any;
        }
        return any == null ? "" : any;
    }

    private static String meta(Document document, String selector) {
        var content = document.select(selector).attr("content").trim();
        return content.isEmpty() ? null : content;
    }

    /** The title element minus a " | Site name" suffix; a dash counts as separator only before the site name. */
    private static String pageTitle(Document document, String siteName) {
        var title = document.title().trim();
        var suffix = TITLE_SUFFIX.matcher(title);
        if (title.isEmpty() || !suffix.find()) {
            return title.isEmpty() ? null : title;
        }
        var tail = suffix.group().trim();
        var isSite = tail.startsWith("|") || siteName != null && tail.substring(1).trim().equalsIgnoreCase(siteName);
        return isSite ? title.substring(0, suffix.start()) : title;
    }

    /** Author meta tags often hold a profile URL rather than a name. */
    private static String person(String value) {
        return value == null || value.startsWith("http") ? null : value;
    }

    private static String json(Pattern pattern, String jsonLd, int group) {
        var matcher = pattern.matcher(jsonLd);
        return matcher.find() && matcher.group(group) != null ? unescape(matcher.group(group)).trim() : null;
    }

    private static String unescape(String json) {
        var out = new StringBuilder(json.length());
        for (var i = 0; i < json.length(); i++) {
            var c = json.charAt(i);
            if (c != '\\' || i + 1 >= json.length()) {
                out.append(c);
                continue;
            }
            var next = json.charAt(++i);
            if (next == 'u' && i + 4 < json.length()) {
                try {
                    out.append((char) Integer.parseInt(json.substring(i + 1, i + 5), 16));
                    i += 4;
                } catch (NumberFormatException e) {
                    out.append(next);
                }
            } else {
                out.append(next == 'n' || next == 't' || next == 'r' ? ' ' : next);
            }
        }
        return out.toString();
    }

    private static String first(String... values) {
        for (var value : values) {
            if (value != null && !value.isBlank()) {
                return value.trim();
            }
        }
        return null;
    }
}
