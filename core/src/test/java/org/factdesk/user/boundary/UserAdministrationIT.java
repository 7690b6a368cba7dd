package org.factdesk.user.boundary;

import static org.factdesk.testsupport.Calls.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.factdesk.shared.boundary.BusinessException;
import org.factdesk.shared.boundary.ConcurrentEditException;
import org.factdesk.testsupport.Fixtures;
import org.factdesk.testsupport.Deployments;
import org.factdesk.testsupport.ReportData;
import org.factdesk.testsupport.StaffIdentities;
import org.factdesk.user.entity.Role;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.wildfly.security.auth.server.SecurityIdentity;

/** The rules of staff accounts hold in the boundary, whatever page calls it, and every change is on record. */
@ExtendWith(ArquillianExtension.class)
class UserAdministrationIT {

    /** Where the logins of this test come from; login throttling counts failures per address too. */
    private static final String ADDRESS = "192.0.2.10";

    @Deployment
    static WebArchive deployment() {
        return Deployments.core();
    }

    @Inject
    Fixtures fixtures;

    @Inject
    ReportData data;

    @Inject
    StaffIdentities identities;

    @Inject
    UserService users;

    private String adminName;
    private SecurityIdentity admin;

    @BeforeEach
    void setUp() {
        adminName = fixtures.user("admin", Role.ADMIN);
        admin = identities.of(adminName, Role.ADMIN);
    }

    private Account create(String prefix, Set<Role> roles) {
        return as(admin, () -> users.create(prefix + Fixtures.unique(), "Staff " + prefix, "first-password", roles));
    }

    @Test
    void aCreatedUserLogsInUntilDeactivatedAndAgainOnceReactivated() {
        var user = create("new", EnumSet.of(Role.JOURNALIST));
        assertEquals(Set.of(Role.JOURNALIST), users.login(user.username(), "first-password", ADDRESS).roles());

        var deactivated = as(admin, () -> users.deactivate(user.id(), user.version()));
        assertFalse(users.login(user.username(), "first-password", ADDRESS).isGranted());

        as(admin, () -> users.reactivate(deactivated.id(), deactivated.version()));
        assertTrue(users.login(user.username(), "first-password", ADDRESS).isGranted());
        assertEquals(List.of("user.created by " + adminName, "user.deactivated by " + adminName,
                "user.reactivated by " + adminName), data.userEvents(user.id()));
    }

    @Test
    void aBadNewUserIsRefusedWithTheReason() {
        var taken = create("taken", EnumSet.of(Role.JOURNALIST));

        assertMessage("is taken", () -> as(admin, () -> users.create(taken.username(), "Other", "long-enough", Set.of(Role.JOURNALIST))));
        assertMessage("at least 8 characters", () -> as(admin, () -> users.create("short" + Fixtures.unique(), "Short", "short", Set.of(Role.ADMIN))));
        assertMessage("at least one role", () -> as(admin, () -> users.create("norole" + Fixtures.unique(), "No role", "long-enough", Set.of())));
        assertMessage("lower-case letters", () -> as(admin, () -> users.create("9 lives", "Cat", "long-enough", Set.of(Role.JOURNALIST))));
    }

    @Test
    void aResetPasswordReplacesTheOldOneAndATooShortOneChangesNothing() {
        var user = create("reset", EnumSet.of(Role.DESK_CHIEF));

        assertMessage("at least 8 characters", () -> as(admin, () -> users.resetPassword(user.id(), user.version(), "1234")));
        assertTrue(users.login(user.username(), "first-password", ADDRESS).isGranted());
        as(admin, () -> users.resetPassword(user.id(), user.version(), "second-password"));

        assertFalse(users.login(user.username(), "first-password", ADDRESS).isGranted());
        assertTrue(users.login(user.username(), "second-password", ADDRESS).isGranted());
        assertTrue(data.userEvents(user.id()).contains("user.password_reset by " + adminName));
    }

    @Test
    void theLastActiveAdminCanNeitherBeDeactivatedNorLoseTheAdminRole() {
        var last = create("last", EnumSet.of(Role.ADMIN));
        data.onlyActiveAdmin(last.username());
        var outsider = identities.of("ghost-" + Fixtures.unique(), Role.ADMIN);

        assertMessage("last active admin", () -> as(outsider, () -> users.deactivate(last.id(), last.version())));
        assertMessage("last active admin", () -> as(outsider, () -> users.changeRoles(last.id(), last.version(), Set.of(Role.DESK_CHIEF))));
        var unchanged = as(outsider, () -> users.get(last.id()));
        assertTrue(unchanged.active());
        assertEquals(Set.of(Role.ADMIN), unchanged.roles());

        var lastAdmin = identities.of(last.username(), Role.ADMIN);
        var second = as(lastAdmin, () -> users.create("second" + Fixtures.unique(), "Second admin", "long-enough", Set.of(Role.ADMIN)));
        var demoted = as(lastAdmin, () -> users.changeRoles(last.id(), last.version(), EnumSet.of(Role.DESK_CHIEF, Role.JOURNALIST)));
        assertEquals(Set.of(Role.DESK_CHIEF, Role.JOURNALIST), demoted.roles());
        assertTrue(data.userEvents(last.id()).contains("user.roles_changed by " + last.username()));
        assertTrue(as(outsider, () -> users.get(second.id())).active());
    }

    @Test
    void anAdminCannotDeactivateThemselves() {
        var me = create("self", EnumSet.of(Role.ADMIN));
        var myself = identities.of(me.username(), Role.ADMIN);

        assertMessage("your own account", () -> as(myself, () -> users.deactivate(me.id(), me.version())));
        assertTrue(as(myself, () -> users.get(me.id())).active());
    }

    @Test
    void aChangeBasedOnAStaleCopyIsRefused() {
        var user = create("stale", EnumSet.of(Role.JOURNALIST));
        as(admin, () -> users.changeRoles(user.id(), user.version(), Set.of(Role.DESK_CHIEF)));

        assertThrows(ConcurrentEditException.class, () -> as(admin, () -> users.deactivate(user.id(), user.version())));
        assertTrue(as(admin, () -> users.get(user.id())).active());
    }

    @Test
    void onlyAdminsManageUsers() {
        var journalist = identities.of(fixtures.user("jo", Role.JOURNALIST), Role.JOURNALIST);

        assertThrows(EJBAccessException.class, () -> as(journalist,
                () -> users.create("sneaky" + Fixtures.unique(), "Sneaky", "long-enough", Set.of(Role.ADMIN))));
        assertFalse(as(admin, () -> users.list(0, 10)).rows().isEmpty());
    }

    private static void assertMessage(String expected, org.junit.jupiter.api.function.Executable call) {
        var refused = assertThrows(BusinessException.class, call);
        assertTrue(refused.getMessage().contains(expected), refused.getMessage());
    }
}
