package org.factdesk.article.entity;

/**
 * What a page or list heads an article with: its title, or, for a copy that has none (plain text often starts
 * straight with the story), its first words. {@link Article} keeps it in a column of its own, which list queries read
 * instead of the text.
 */
public final class Heading {

    /** Long enough to tell stories apart in a queue, short enough for one or two lines. */
    static final int MAX = 100;

    /** Room for {@value #MAX} characters and the ellipsis, in the article table. */
    public static final int COLUMN = 120;

    private Heading() {
    }

    /** The title or lead, cut at a word before {@value #MAX} characters. */
    public static String of(String titleOrLead) {
        if (titleOrLead == null) {
            return null;
        }
        // only the opening can end up in the heading, however long the text handed over
        var opening = titleOrLead.length() > 4 * MAX ? titleOrLead.substring(0, 4 * MAX) : titleOrLead;
        var text = opening.strip().replaceAll("\\s+", " ");
        if (text.length() <= MAX) {
            return text;
        }
        var cut = text.lastIndexOf(' ', MAX - 1);
        return text.substring(0, cut > MAX / 2 ? cut : MAX - 1) + "…";
    }
}
