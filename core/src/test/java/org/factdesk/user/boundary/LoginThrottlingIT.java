package org.factdesk.user.boundary;

import static org.factdesk.testsupport.Calls.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.factdesk.testsupport.Deployments;
import org.factdesk.testsupport.Fixtures;
import org.factdesk.testsupport.StaffIdentities;
import org.factdesk.user.entity.Role;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Guessing passwords slows down and then stops, the same for names that exist and names that do not. */
@ExtendWith(ArquillianExtension.class)
class LoginThrottlingIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.core();
    }

    @Inject
    Fixtures fixtures;

    @Inject
    StaffIdentities identities;

    @Inject
    UserService users;

    private static String address() {
        return "198.51.100." + (1 + Math.floorMod(Fixtures.unique().hashCode(), 250));
    }

    private List<String> fourAttempts(String username, String address) {
        var answers = new ArrayList<String>();
        for (var i = 0; i < 3; i++) {
            answers.add(users.login(username, "wrong-password", address).refusal().in(Locale.ENGLISH));
        }
        answers.add(users.login(username, Fixtures.PASSWORD, address).refusal().in(Locale.ENGLISH));
        return answers;
    }

    @Test
    void afterThreeWrongPasswordsEvenTheRightOneMustWait() {
        var jane = fixtures.user("throttled", Role.JOURNALIST);

        var answers = fourAttempts(jane, address());

        assertEquals("Wrong username or password, or the account is deactivated.", answers.get(0));
        assertEquals("Wrong username or password, or the account is deactivated.", answers.get(1));
        assertTrue(answers.get(2).matches("Too many failed logins\\. Wait [1-5] seconds and try again\\."), answers.get(2));
        assertTrue(answers.get(3).matches("Too many failed logins\\. Wait [1-5] seconds and try again\\."), answers.get(3));
    }

    @Test
    void aNameNobodyHasGetsTheSameAnswersAsARealOne() {
        var real = fourAttempts(fixtures.user("real", Role.JOURNALIST), address());
        var madeUp = fourAttempts("nobody-" + Fixtures.unique(), address());

        assertEquals(real.stream().map(LoginThrottlingIT::withoutFigures).toList(),
                madeUp.stream().map(LoginThrottlingIT::withoutFigures).toList());
    }

    /** The seconds left to wait depend on how fast the machine hashed the passwords, not on the name. */
    private static String withoutFigures(String answer) {
        return answer.replaceAll("\\d+", "N");
    }

    @Test
    void aLockedAccountIsToldSoUntilAnAdminUnlocksIt() {
        var jane = fixtures.user("locked", Role.JOURNALIST);
        var id = fixtures.userId(jane);
        fixtures.lockLogins(jane, Instant.now().plusSeconds(1800));
        var admin = identities.of(fixtures.user("admin", Role.ADMIN), Role.ADMIN);

        var refused = users.login(jane, Fixtures.PASSWORD, address());
        assertFalse(refused.isGranted());
        assertEquals("Too many failed logins: logins with this name are locked for 30 minutes."
                + " An admin can unlock the account sooner.", refused.refusal().in(Locale.ENGLISH));
        assertTrue(as(admin, () -> users.loginLockedUntil(id)).isPresent());

        as(admin, () -> {
            users.unlockLogin(id);
            return null;
        });

        assertTrue(as(admin, () -> users.loginLockedUntil(id)).isEmpty());
        assertEquals(java.util.Set.of(Role.JOURNALIST), users.login(jane, Fixtures.PASSWORD, address()).roles());
    }

    @Test
    void aGoodLoginClearsTheAccountsCount() {
        var jane = fixtures.user("forgiven", Role.JOURNALIST);
        var address = address();
        users.login(jane, "wrong-password", address);
        users.login(jane, "wrong-password", address);
        assertTrue(users.login(jane, Fixtures.PASSWORD, address).isGranted());

        assertEquals("Wrong username or password, or the account is deactivated.",
                users.login(jane, "wrong-password", address).refusal().in(Locale.ENGLISH));
        assertEquals("Wrong username or password, or the account is deactivated.",
                users.login(jane, "wrong-password", address).refusal().in(Locale.ENGLISH));
    }
}
