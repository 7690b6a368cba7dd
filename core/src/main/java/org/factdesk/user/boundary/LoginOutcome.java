package org.factdesk.user.boundary;

import java.util.Objects;
import java.util.Set;
import org.factdesk.shared.boundary.DeskMessage;
import org.factdesk.user.entity.Role;

/**
 * What a login attempt got: the user's roles, or the words to show instead (a wrong name or password, a wait, a
 * lock), the same for names that exist and names that do not.
 */
public record LoginOutcome(Set<Role> roles, DeskMessage refusal) {

    public LoginOutcome {
        roles = Set.copyOf(roles);
        if (roles.isEmpty() == (refusal == null)) {
            throw new IllegalArgumentException("a login either grants roles or is refused");
        }
    }

    static LoginOutcome granted(Set<Role> roles) {
        return new LoginOutcome(roles, null);
    }

    static LoginOutcome refused(DeskMessage refusal) {
        return new LoginOutcome(Set.of(), Objects.requireNonNull(refusal));
    }

    public boolean isGranted() {
        return refusal == null;
    }
}
