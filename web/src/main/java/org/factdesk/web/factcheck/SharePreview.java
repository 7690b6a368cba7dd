package org.factdesk.web.factcheck;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * What a public page tells search engines and social networks about itself: the title and description of its
 * preview, the one address it should be known by, and the picture shown with it. Pages write each value into a
 * meta element's attribute through Facelets, which escapes it.
 *
 * @param url           the canonical address, on the configured public address
 * @param type          the Open Graph type: {@code article} for a fact-check, {@code website} for the index
 * @param publishedTime ISO-8601, or null for a page that is not an article
 */
public record SharePreview(String title, String description, String url, String type, String siteName, String locale,
                           String imageUrl, String imageAlt, String publishedTime, String modifiedTime) {

    /** Search results cut descriptions at about this length; a longer one is cut there by the page, at a word. */
    static final int DESCRIPTION_MAX = 200;
    /** A title longer than this is cut in search results and social cards. */
    static final int TITLE_MAX = 90;

    static String time(Instant instant) {
        return instant == null ? null : DateTimeFormatter.ISO_INSTANT.format(instant);
    }

    /** Open Graph names a locale with its territory. */
    static String openGraphLocale(Locale locale) {
        return "de".equals(locale.getLanguage()) ? "de_DE" : "en_GB";
    }

    /** The text cut at a word before the limit, with an ellipsis; whitespace folded to single spaces. */
    static String shortened(String text, int max) {
        if (text == null) {
            return "";
        }
        var folded = text.strip().replaceAll("\\s+", " ");
        if (folded.length() <= max) {
            return folded;
        }
        var cut = folded.lastIndexOf(' ', max - 1);
        return folded.substring(0, cut > max / 2 ? cut : max - 1).replaceAll("[\\s,;:.–—-]+$", "") + "…";
    }
}
