package org.factdesk.analysis.clean;

/** A line or fragment that cleaning cut, with why; metadata is read back from bylines, date labels and captions. */
record Removal(String text, Kind kind) {

    /** HEADER: a line above the story (kicker, section label, timestamp) that matched no more specific rule. */
    enum Kind { BOILERPLATE, HEADER, BYLINE, DATE_LABEL, CAPTION, DUPLICATE, UNRELATED }
}
