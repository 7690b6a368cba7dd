package org.factdesk.analysis.clean;

import java.util.List;
import org.factdesk.analysis.RemovedLine;

/**
 * The article body after cleaning: paragraphs joined by blank lines, plus everything that was cut, in document order.
 *
 * @param title        the headline line found in the text, or null
 * @param fingerprints the {@link org.factdesk.analysis.LineFingerprint} of every line of the source, each once
 * @param head         the lines above the story's first paragraph, kept or cut: where pages print date and byline
 */
record CleanedText(String text, List<String> paragraphs, List<RemovedLine> removals, String title,
                   List<Long> fingerprints, List<String> head) {
}
