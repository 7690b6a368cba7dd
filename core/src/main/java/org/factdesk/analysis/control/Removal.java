package org.factdesk.analysis.control;

/** A line or fragment that cleaning cut, with why; metadata is read back from bylines, date labels and captions. */
record Removal(String text, Kind kind) {

    enum Kind { BOILERPLATE, BYLINE, DATE_LABEL, CAPTION, DUPLICATE, UNRELATED }
}
