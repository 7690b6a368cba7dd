package org.factdesk.user.boundary;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import org.factdesk.user.entity.Role;
import org.factdesk.user.entity.User;

/**
 * A staff account as the admin pages and the logged-in user see it: never the password hash.
 *
 * @param version the version the page read, sent back with a change so a concurrent edit is refused
 * @param locale  the language the person chose, as a language tag
 */
public record Account(long id, long version, String username, String displayName, Set<Role> roles, boolean active,
                      Instant createdAt, String locale) {

    /** @param roles kept in the enum's order, so pages list them the same way every time */
    public Account {
        roles = roles.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(roles));
    }

    static Account of(User user) {
        return new Account(user.getId(), user.getVersion(), user.getUsername(), user.getDisplayName(), user.getRoles(),
                user.isActive(), user.getCreatedAt(), user.getLocale());
    }
}
