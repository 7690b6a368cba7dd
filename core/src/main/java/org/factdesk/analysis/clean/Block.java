package org.factdesk.analysis.clean;

/**
 * One paragraph-sized piece of the source, in document order, as the cleaner receives it.
 *
 * @param dropped  true when the page structure already marked it as boilerplate (menus, share bars, comments)
 * @param markup   where it sat in the page, or null for a line of plain text
 */
record Block(String text, boolean dropped, Markup markup) {

    /**
     * What the page said about a block.
     *
     * @param element    the innermost element its text started in
     * @param linkChars  characters of its text inside links
     * @param insideMain inside the containers the paragraphs voted for
     * @param furniture  inside an element named or tagged as page furniture (share bar, comments, nav...)
     * @param inCore     inside the best-scoring container itself
     */
    record Markup(ElementFrame element, int linkChars, boolean insideMain, boolean furniture, boolean inCore) {
    }

    static Block of(String text) {
        return new Block(text, false, null);
    }
}
