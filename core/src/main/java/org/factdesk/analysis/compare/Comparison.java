package org.factdesk.analysis.compare;

import java.util.List;

/**
 * What the matcher made of two claims.
 *
 * @param sameStatement both claims say the same thing (quote variants and paraphrases included)
 * @param similarity    in [0,1]: how much of their content the two claims share
 * @param conflicts     empty unless the claims are the same statement and disagree on a figure, place, date or speaker
 */
public record Comparison(boolean sameStatement, double similarity, List<Conflict> conflicts) {

    static final Comparison DIFFERENT = new Comparison(false, 0, List.of());

    public boolean conflicting() {
        return !conflicts.isEmpty();
    }
}
