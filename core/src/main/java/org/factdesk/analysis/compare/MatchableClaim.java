package org.factdesk.analysis.compare;

import java.util.Objects;
import org.factdesk.analysis.ClaimKind;

/**
 * A claim as the matcher sees it.
 *
 * @param context the sentence the claim stands in; a short quote ("despite being busy") is compared through it
 * @param speaker full name of who said it, or null
 */
public record MatchableClaim(String text, String context, ClaimKind kind, String speaker) {

    public MatchableClaim {
        Objects.requireNonNull(text, "text");
        context = context == null || context.isBlank() ? text : context;
        kind = kind == null ? ClaimKind.OTHER : kind;
    }

    public static MatchableClaim of(String text, ClaimKind kind, String speaker) {
        return new MatchableClaim(text, text, kind, speaker);
    }
}
