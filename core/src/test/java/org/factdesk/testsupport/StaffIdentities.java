package org.factdesk.testsupport;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import org.factdesk.user.entity.Role;
import org.wildfly.security.auth.server.SecurityDomain;
import org.wildfly.security.auth.server.SecurityIdentity;
import org.wildfly.security.authz.RoleMapper;
import org.wildfly.security.authz.Roles;

/**
 * Server identities for ITs, as a logged-in member of staff would have them. Created inside an EJB, whose
 * invocation carries the application's security domain.
 */
@Stateless
@PermitAll
public class StaffIdentities {

    public SecurityIdentity of(String username, Role role) {
        return SecurityDomain.getCurrent().createAdHocIdentity(username)
                .withDefaultRoleMapper(RoleMapper.constant(Roles.of(role.name())));
    }
}
