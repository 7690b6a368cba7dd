package org.factdesk.search.boundary;

/** A piece of a search hit's text; {@code hit} when it matched the words searched for and is shown highlighted. */
public record Marked(String text, boolean hit) {
}
