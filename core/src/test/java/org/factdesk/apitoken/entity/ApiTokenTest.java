package org.factdesk.apitoken.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import org.factdesk.shared.boundary.BusinessException;
import org.factdesk.user.entity.Role;
import org.factdesk.user.entity.User;
import org.junit.jupiter.api.Test;

/** A token opens the API only while it is neither revoked nor expired and its user may log in. */
class ApiTokenTest {

    private final Instant now = Instant.parse("2026-06-01T10:00:00Z");
    private final User jane = new User("jane", "Jane", "hash", EnumSet.of(Role.JOURNALIST));

    @Test
    void aFreshTokenWithoutExpiryIsUsable() {
        var token = new ApiToken(jane, "importer", "h", "fdk_abcdefgh", "alex", null);
        assertTrue(token.isUsable(now));
        assertEquals(TokenStatus.ACTIVE, token.status(now));
    }

    @Test
    void anExpiredTokenIsRefused() {
        var token = new ApiToken(jane, "importer", "h", "fdk_abcdefgh", "alex", now.minus(Duration.ofMinutes(1)));
        assertFalse(token.isUsable(now));
        assertEquals(TokenStatus.EXPIRED, token.status(now));
    }

    @Test
    void aRevokedTokenIsRefusedAndCannotBeRevokedTwice() {
        var token = new ApiToken(jane, "importer", "h", "fdk_abcdefgh", "alex", null);
        token.revoke("alex", now);
        assertFalse(token.isUsable(now));
        assertEquals(TokenStatus.REVOKED, token.status(now));
        var again = assertThrows(BusinessException.class, () -> token.revoke("alex", now));
        assertEquals("The token \"importer\" was already revoked.", again.getMessage());
    }

    @Test
    void aDeactivatedUsersTokensStopWorking() {
        var token = new ApiToken(jane, "importer", "h", "fdk_abcdefgh", "alex", null);
        jane.deactivate();
        assertFalse(token.isUsable(now));
    }
}
