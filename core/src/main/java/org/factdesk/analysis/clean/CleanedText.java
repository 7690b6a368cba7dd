package org.factdesk.analysis.clean;

import java.util.List;

/**
 * The article body after cleaning: paragraphs joined by blank lines, plus everything that was cut, in document order.
 *
 * @param title the headline line found in the text (kept as the first paragraph), or null
 */
record CleanedText(String text, List<String> paragraphs, List<Removal> removals, String title) {
}
