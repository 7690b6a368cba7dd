package org.factdesk.analysis.control;

import java.time.LocalDate;

/** What an HTML page declares about itself in meta tags and JSON-LD; any field may be null. */
record PageMetadata(String title, String author, LocalDate publishedOn, String siteName) {

    static final PageMetadata NONE = new PageMetadata(null, null, null, null);
}
