package org.factdesk.analysis.retrieval;

import java.util.Objects;
import org.factdesk.analysis.ClaimKind;
import org.factdesk.analysis.compare.MatchableClaim;

/**
 * A claim kept in a {@link ClaimIndex}: its database id, the words that are searched, what the matcher needs, and
 * its sentence vector as stored ({@link Vectors#stored}).
 *
 * @param speaker full name of who said it, or null
 * @param vector  the stored vector; null only where nothing but words is searched (the index on its own)
 */
public record IndexedClaim(long id, String text, ClaimKind kind, String speaker, byte[] vector) {

    public IndexedClaim {
        Objects.requireNonNull(text, "text");
        kind = kind == null ? ClaimKind.OTHER : kind;
    }

    public IndexedClaim(long id, String text, ClaimKind kind, String speaker) {
        this(id, text, kind, speaker, null);
    }

    public MatchableClaim matchable() {
        return MatchableClaim.of(text, kind, speaker);
    }
}
