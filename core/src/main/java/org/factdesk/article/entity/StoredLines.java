package org.factdesk.article.entity;

/**
 * What site-chrome detection needs of an outlet's stored article: its line fingerprints and the start of its cleaned
 * text, where the names that tell its story apart are read, never the whole text.
 */
public record StoredLines(long articleId, byte[] fingerprints, String textStart) {

    /** Characters of the cleaned text read: enough for the names of a story, bounded whatever the article weighs. */
    public static final int TEXT_READ = 20_000;
}
