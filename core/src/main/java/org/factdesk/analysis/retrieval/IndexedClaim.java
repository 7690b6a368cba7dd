package org.factdesk.analysis.retrieval;

import java.util.Objects;
import org.factdesk.analysis.ClaimKind;
import org.factdesk.analysis.compare.MatchableClaim;

/**
 * A claim kept in a {@link ClaimIndex}: its database id, the words that are searched, and what the matcher needs.
 *
 * @param speaker full name of who said it, or null
 */
public record IndexedClaim(long id, String text, ClaimKind kind, String speaker) {

    public IndexedClaim {
        Objects.requireNonNull(text, "text");
        kind = kind == null ? ClaimKind.OTHER : kind;
    }

    public MatchableClaim matchable() {
        return MatchableClaim.of(text, kind, speaker);
    }
}
