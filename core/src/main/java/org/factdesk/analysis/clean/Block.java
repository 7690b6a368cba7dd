package org.factdesk.analysis.clean;

/**
 * One paragraph-sized piece of the source, in document order, as the cleaner receives it.
 *
 * @param dropped true when the page structure already marked it as boilerplate (menus, share bars, comments)
 */
record Block(String text, boolean dropped) {

    static Block of(String text) {
        return new Block(text, false);
    }
}
