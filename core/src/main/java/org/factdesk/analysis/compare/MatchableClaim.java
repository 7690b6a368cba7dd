package org.factdesk.analysis.compare;

import java.time.LocalDate;
import java.util.Objects;
import org.factdesk.analysis.ClaimKind;

/**
 * A claim as the matcher sees it.
 *
 * @param context   the sentence the claim stands in; a short quote ("despite being busy") is compared through it
 * @param speaker   full name of who said it, or null
 * @param published the date of the claim's article, against which "on Friday" or "yesterday" is read; or null
 */
public record MatchableClaim(String text, String context, ClaimKind kind, String speaker, LocalDate published) {

    public MatchableClaim {
        Objects.requireNonNull(text, "text");
        context = context == null || context.isBlank() ? text : context;
        kind = kind == null ? ClaimKind.OTHER : kind;
    }

    public MatchableClaim(String text, String context, ClaimKind kind, String speaker) {
        this(text, context, kind, speaker, null);
    }

    public static MatchableClaim of(String text, ClaimKind kind, String speaker) {
        return new MatchableClaim(text, text, kind, speaker, null);
    }
}
