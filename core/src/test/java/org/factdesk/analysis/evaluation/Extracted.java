package org.factdesk.analysis.evaluation;

import java.time.LocalDate;

/** What one system made of one page; a field the system does not produce is null. */
record Extracted(String text, String title, String byline, LocalDate published) {

    static final Extracted NOTHING = new Extracted("", null, null, null);

    static Extracted textOnly(String text) {
        return new Extracted(text == null ? "" : text, null, null, null);
    }
}
