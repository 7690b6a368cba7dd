package org.factdesk.review.entity;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import org.factdesk.shared.boundary.BusinessException;

/**
 * One evidence row as a reviewer typed it, checked before it reaches a review.
 *
 * @param type   what kind of source it is; {@link EvidenceType#OTHER} when the reviewer did not say
 * @param stance how it bears on the claim; null when the reviewer did not say
 */
public record EvidenceSource(String url, String title, String note, EvidenceType type, EvidenceStance stance) {

    public EvidenceSource {
        url = url == null ? "" : url.strip();
        title = blankToNull(title);
        note = blankToNull(note);
        type = type == null ? EvidenceType.OTHER : type;
    }

    /** A row with no type or stance given. */
    public EvidenceSource(String url, String title, String note) {
        this(url, title, note, null, null);
    }

    /** Nothing typed: a blank row of the form, which is left out. */
    public boolean isEmpty() {
        return url.isEmpty() && title == null && note == null;
    }

    /** Refuses a row that cannot be stored, saying what is wrong with it to the person who typed it. */
    public void requireStorable() {
        if (url.isEmpty()) {
            throw new BusinessException("evidence.urlMissing");
        }
        if (url.length() > Evidence.URL_MAX) {
            throw new BusinessException("evidence.urlTooLong", Evidence.URL_MAX);
        }
        if (!isWebAddress(url)) {
            throw new BusinessException("evidence.notWebAddress", url);
        }
        if (title != null && title.length() > Evidence.TITLE_MAX) {
            throw new BusinessException("evidence.titleTooLong", Evidence.TITLE_MAX);
        }
        if (note != null && note.length() > Evidence.NOTE_MAX) {
            throw new BusinessException("evidence.noteTooLong", Evidence.NOTE_MAX);
        }
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
