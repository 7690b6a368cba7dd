package org.factdesk.claim.control;

import org.factdesk.analysis.compare.MatchableClaim;
import org.factdesk.claim.entity.Claim;

/**
 * The sentence a stored claim stands in, read back from its article's text: a short quote ("despite being busy")
 * is compared through the sentence around it.
 */
public final class ClaimContext {

    static final int MAX_REACH = 400;

    private ClaimContext() {
    }

    /**
     * The claim as the engine compares it: with the sentence it was read in (or, for claims stored before the
     * sentence was kept, the one read back from the text around it) and its article's date.
     */
    public static MatchableClaim matchable(Claim claim) {
        var sentence = claim.getSentence();
        var context = sentence != null ? sentence
                : around(claim.getArticle().getCleanedText(), claim.getStartOffset(), claim.getEndOffset());
        return new MatchableClaim(claim.getText(), context, claim.getKind(), claim.getSpeaker(),
                claim.getArticle().getPublishedOn());
    }

    public static String around(String text, int start, int end) {
        var from = start;
        var floor = Math.max(0, start - MAX_REACH);
        while (from > floor && !endsSentence(text.charAt(from - 1))) {
            from--;
        }
        var to = end;
        var ceiling = Math.min(text.length(), end + MAX_REACH);
        while (to < ceiling && !endsSentence(text.charAt(to))) {
            to++;
        }
        if (to < text.length() && to < ceiling) {
            to++;
        }
        return text.substring(from, to).strip();
    }

    private static boolean endsSentence(char c) {
        return c == '.' || c == '!' || c == '?' || c == '\n';
    }
}
