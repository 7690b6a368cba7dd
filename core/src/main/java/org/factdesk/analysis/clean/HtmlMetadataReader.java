package org.factdesk.analysis.clean;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

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
    private static final Pattern BYLINE_NAME = Pattern.compile("(?:^|[-_\\s])(?:byline|by-line|author|author-name"
            + "|writer)(?:$|[-_\\s])");
    private static final int MIN_BYLINE = 3;
    private static final int MAX_BYLINE = 80;
    private static final Pattern BY = Pattern.compile("^(?i:by|von|par|por)\\s*:?\\s+");
    private static final Pattern TITLE_PARTS = Pattern.compile("\\s+[|–—-]\\s+");
    private static final Pattern TITLE_SUFFIX = Pattern.compile("\\s+[|–—-]\\s+[^|–—-]{1,60}$");

    /**
     * Each field takes the first source that has it; a source further down the list (the JSON-LD, the title
     * element against the headings) is only read when those before it are empty, since most pages declare their
     * fields in meta tags.
     */
    PageMetadata read(Document document) {
        var metas = metaTags(document);
        var jsonLd = new JsonLd(document);
        var siteName = first(() -> metas.get("og:site_name"), () -> json(PUBLISHER, jsonLd.text(), 1),
                () -> metas.get("application-name"));
        var headTitle = first(() -> metas.get("og:title"), () -> metas.get("twitter:title"),
                () -> json(HEADLINE, jsonLd.text(), 1), () -> pageTitle(document, siteName));
        var title = headTitle != null ? headTitle : document.getElementsByTag("h1").text();
        var author = first(() -> person(metas.get("author")), () -> person(metas.get("article:author")),
                () -> json(AUTHOR, jsonLd.text(), 1), () -> json(AUTHOR, jsonLd.text(), 2));
        // Marked bylines need a walk over the whole page: only when the head says nothing.
        author = author != null ? author : bylineElement(document);
        var published = first(() -> metas.get("article:published_time"), () -> metas.get("datepublished"),
                () -> json(PUBLISHED, jsonLd.text(), 1), () -> metas.get("pubdate"), () -> metas.get("publishdate"),
                () -> metas.get("date"), () -> metas.get("dc.date"), () -> metas.get("dc.date.issued"));
        published = published != null ? published : document.getElementsByTag("time").attr("datetime");
        LocalDate date = published == null ? null : DateParser.find(published).orElse(null);
        return new PageMetadata(title, author, date, siteName, headTitle != null);
    }

    /** Meta tag contents by property, name or itemprop (lower case); the first tag of each key wins. */
    private static Map<String, String> metaTags(Document document) {
        var metas = new HashMap<String, String>();
        for (var meta : document.getElementsByTag("meta")) {
            var content = meta.attr("content").trim();
            if (content.isEmpty()) {
                continue;
            }
            for (var key : new String[] {meta.attr("property"), meta.attr("name"), meta.attr("itemprop")}) {
                if (!key.isEmpty()) {
                    metas.putIfAbsent(key.toLowerCase(Locale.ROOT), content);
                }
            }
        }
        return metas;
    }

    /** The first short element the page marks as its byline or author, without a leading "By". */
    private static String bylineElement(Document document) {
        for (var element : document.getAllElements()) {
            if (!marksByline(element)) {
                continue;
            }
            var text = element.text().strip();
            if (text.length() >= MIN_BYLINE && text.length() <= MAX_BYLINE && DateParser.find(text).isEmpty()) {
                return BY.matcher(text).replaceFirst("").strip();
            }
        }
        return null;
    }

    /** rel="author", itemprop="author", or a class or id like "byline" or "author-name". */
    private static boolean marksByline(Element element) {
        if ("author".equalsIgnoreCase(element.attr("rel")) || "author".equalsIgnoreCase(element.attr("itemprop"))) {
            return true;
        }
        var names = element.className() + " " + element.id();
        var lower = names.toLowerCase(Locale.ROOT);
        return (lower.contains("author") || lower.contains("byline") || lower.contains("by-line")
                || lower.contains("writer")) && BYLINE_NAME.matcher(lower).find();
    }

    /** The page's article JSON-LD ({@link #articleJsonLd}), looked for on first use. */
    private static final class JsonLd {
        private final Document document;
        private String text;

        JsonLd(Document document) {
            this.document = document;
        }

        String text() {
            if (text == null) {
                text = articleJsonLd(document);
            }
            return text;
        }
    }

    private static String articleJsonLd(Document document) {
        String any = null;
        for (var script : document.getElementsByTag("script")) {
            if (!"application/ld+json".equalsIgnoreCase(script.attr("type").trim())) {
                continue;
            }
            var data = script.data();
            data = data.length() > MAX_JSON_LD ? data.substring(0, MAX_JSON_LD) : data;
            if (ARTICLE_TYPE.matcher(data).find()) {
                return data;
            }
            any = any == null ? data : any;
        }
        return any == null ? "" : any;
    }

    /**
     * The title element minus a " | Site name" suffix. A dash also joins parts of headlines ("Floods - what we
     * know"), so it counts as separator only before the declared site name, or when what stands before it is the
     * page's own headline.
     */
    private static String pageTitle(Document document, String siteName) {
        var title = document.title().trim();
        // "Site - Headline" or "Headline | Site": the part the page prints as a heading is the headline
        var parts = TITLE_PARTS.split(title);
        if (parts.length > 1) {
            for (var heading : document.select("h1, h2")) {
                var text = heading.text().trim();
                for (var part : parts) {
                    if (!text.isEmpty() && part.trim().equalsIgnoreCase(text)) {
                        return part.trim();
                    }
                }
            }
        }
        var suffix = TITLE_SUFFIX.matcher(title);
        if (title.isEmpty() || !suffix.find()) {
            return title.isEmpty() ? null : title;
        }
        var tail = suffix.group().trim();
        var head = title.substring(0, suffix.start());
        var isSite = tail.startsWith("|") || siteName != null && tail.substring(1).trim().equalsIgnoreCase(siteName)
                || document.getElementsByTag("h1").stream().anyMatch(h1 -> h1.text().trim().equalsIgnoreCase(head));
        return isSite ? head : title;
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

    @SafeVarargs
    private static String first(Supplier<String>... sources) {
        for (var source : sources) {
            var value = source.get();
            if (value != null && !value.isBlank()) {
                return value.trim();
            }
        }
        return null;
    }
}
