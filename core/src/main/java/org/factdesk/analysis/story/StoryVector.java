package org.factdesk.analysis.story;

import org.factdesk.analysis.Analysis;

/**
 * What an article's story vector is the sentence vector of: its headline and its opening sentences, where a news
 * report says what happened, to whom, where and when. Outlets word the same event differently there, and the model
 * reads past the wording; the rest of an article drifts into background that other stories share.
 */
public final class StoryVector {

    /** Room for the headline and two or three sentences within the model's 128 word pieces. */
    static final int LEAD_CHARS = 500;

    private StoryVector() {
    }

    public static String text(Analysis analysis) {
        var text = new StringBuilder();
        var title = analysis.metadata().title();
        if (title != null && !title.isBlank()) {
            text.append(title.strip()).append(". ");
        }
        for (var sentence : analysis.sentences()) {
            if (text.length() >= LEAD_CHARS) {
                break;
            }
            text.append(sentence.text().strip()).append(' ');
        }
        if (analysis.sentences().isEmpty()) {
            text.append(analysis.cleanedText(), 0, Math.min(LEAD_CHARS, analysis.cleanedText().length()));
        }
        return text.toString().strip();
    }
}
