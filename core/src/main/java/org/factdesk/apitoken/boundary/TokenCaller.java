package org.factdesk.apitoken.boundary;

import java.util.Set;
import org.factdesk.user.entity.Role;

/** Who a valid token speaks for, with that person's roles as they are now. */
public record TokenCaller(String username, Set<Role> roles) {
}
