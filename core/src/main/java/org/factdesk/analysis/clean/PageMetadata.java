package org.factdesk.analysis.clean;

import java.time.LocalDate;

/**
 * What an HTML page declares about itself in meta tags and JSON-LD; any field may be null.
 *
 * @param titleInHead true when the title comes from the page head (meta tags, JSON-LD, title element), false when
 *                    it was only read from the page's first h1
 */
record PageMetadata(String title, String author, LocalDate publishedOn, String siteName, boolean titleInHead) {

    static final PageMetadata NONE = new PageMetadata(null, null, null, null);

    PageMetadata(String title, String author, LocalDate publishedOn, String siteName) {
        this(title, author, publishedOn, siteName, title != null);
    }
}
