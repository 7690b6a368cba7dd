package org.factdesk.analysis;

import java.util.Objects;

/**
 * One copy of a story as it reached the desk, before any cleaning.
 *
 * @param name    file name or another label that identifies the copy to a person
 * @param content the raw text or HTML
 * @param format  how to read {@code content}
 * @param seen    lines seen in other documents of the same outlet or import, so that its site chrome is told apart;
 *                {@link SeenLines#NONE} when nothing is known
 */
public record SourceDocument(String name, String content, Format format, SeenLines seen) {

    public enum Format { TEXT, HTML }

    public SourceDocument {
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(format, "format");
        name = name == null ? "" : name;
        seen = seen == null ? SeenLines.NONE : seen;
    }

    public SourceDocument(String name, String content, Format format) {
        this(name, content, format, SeenLines.NONE);
    }

    /** The same document, with what the outlet's or import's other documents showed. */
    public SourceDocument withSeen(SeenLines lines) {
        return new SourceDocument(name, content, format, lines);
    }

    /** Guesses the format from the file name, then from the content. */
    public static SourceDocument of(String name, String content) {
        var lower = name == null ? "" : name.toLowerCase(java.util.Locale.ROOT);
        var html = lower.endsWith(".html") || lower.endsWith(".htm")
                || (!lower.endsWith(".txt") && looksLikeHtml(content));
        return new SourceDocument(name, content, html ? Format.HTML : Format.TEXT);
    }

    private static boolean looksLikeHtml(String content) {
        var head = content.substring(0, Math.min(content.length(), 2048)).toLowerCase(java.util.Locale.ROOT);
        return head.contains("<html") || head.contains("<!doctype html") || head.contains("<body") || head.contains("<p>");
    }
}
