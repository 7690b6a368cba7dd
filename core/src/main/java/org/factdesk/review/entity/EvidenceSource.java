package org.factdesk.review.entity;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** One evidence row as a reviewer typed it, checked before it reaches a review. */
public record EvidenceSource(String url, String title, String note) {

    public EvidenceSource {
        url = url == null ? "" : url.strip();
        title = blankToNull(title);
        note = blankToNull(note);
    }

    public boolean isEmpty() {
        return url.isEmpty() && title == null && note == null;
    }

    /** Null when the row can be stored; otherwise what is wrong with it, for the person who typed it. */
    public String problem() {
        if (url.isEmpty()) {
            return "Each evidence row needs a URL.";
        }
        if (url.length() > Evidence.URL_MAX) {
            return "An evidence URL may have at most " + Evidence.URL_MAX + " characters.";
        }
        if (!isWebAddress(url)) {
            return "\"" + url + "\" is not a web address (it must start with http:// or https://).";
        }
        if (title != null && title.length() > Evidence.TITLE_MAX) {
            return "An evidence title may have at most " + Evidence.TITLE_MAX + " characters.";
        }
        if (note != null && note.length() > Evidence.NOTE_MAX) {
            return "An evidence note may have at most " + Evidence.NOTE_MAX + " characters.";
        }
        return null;
    }

    private static boolean isWebAddress(String candidate) {
        try {
            var uri = new URI(candidate);
            var scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
