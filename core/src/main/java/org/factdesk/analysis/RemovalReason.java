package org.factdesk.analysis;

/**
 * Why cleaning cut a line or fragment from a document. Editors see it beside each cut, so that a whole group of cuts
 * of one kind can be checked at a glance; the metadata stage reads bylines, dates and captions back from their cuts.
 */
public enum RemovalReason {
    /** Menus, breadcrumbs, section lists, skip links, pagination. */
    NAVIGATION,
    /** A line above the story's headline or standfirst: kicker, section label, masthead, desk and clock time. */
    HEADER,
    /** Who wrote or reported it: "By ...", "Reporting by ...", "... contributed to this report", a desk sign-off. */
    BYLINE,
    /** A date or timestamp line: "Published 3 June 2024, 10:42", "Updated 2 hours ago". */
    DATE,
    /** A picture's caption or credit. */
    CAPTION,
    /** Share, print, save and listen buttons, and other toolbars. */
    SHARE_BAR,
    /** Cookie and consent notices, privacy banners. */
    CONSENT,
    /** Newsletter boxes, subscription and app prompts, other calls to action. */
    NEWSLETTER,
    /** Advertisement labels and sponsored slots. */
    ADVERTISEMENT,
    /** Links to other stories, letters, "read more" and "related" lists. */
    RELATED_LINKS,
    /** Comment threads and comment forms. */
    COMMENTS,
    /** Legal, copyright and market-data notices, terms, corrections policy. */
    DISCLAIMER,
    /** A paragraph about the author. */
    AUTHOR_BIO,
    /** A line this outlet or import also prints around other stories: site chrome. */
    SITE_CHROME,
    /** A second copy of a line already kept. */
    DUPLICATE,
    /** Lines after the story about other stories. */
    UNRELATED,
    /** Placeholder text ("Lorem ipsum") left by a template. */
    FILLER,
    /** Page furniture of no more specific kind. */
    BOILERPLATE
}
