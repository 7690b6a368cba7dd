package org.factdesk.user.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.factdesk.user.entity.LoginThrottle.Policy;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");

    @Test
    void aFewMistakesCostNothingThenEachWaitDoublesUntilTheAccountIsLocked() {
        var account = new LoginThrottle(Policy.ACCOUNT.subject("jane"));
        var waits = new ArrayList<Duration>();
        for (var i = 0; i < 10; i++) {
            account.failed(Policy.ACCOUNT, NOW);
            waits.add(account.blockedAt(NOW).map(until -> Duration.between(NOW, until)).orElse(Duration.ZERO));
        }

        assertEquals(List.of(Duration.ZERO, Duration.ZERO, Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofSeconds(20),
                Duration.ofSeconds(40), Duration.ofSeconds(60), Duration.ofSeconds(60), Duration.ofSeconds(60),
                Policy.LOCK), waits);
        assertTrue(account.isLocked(Policy.ACCOUNT, NOW));
        assertFalse(account.isLocked(Policy.ACCOUNT, NOW.plus(Policy.LOCK)));
    }

    @Test
    void aSharedNewsroomAddressGetsMoreRoomThanOneAccount() {
        var address = new LoginThrottle(Policy.ADDRESS.subject("192.0.2.1"));
        for (var i = 0; i < 19; i++) {
            address.failed(Policy.ADDRESS, NOW);
        }
        assertEquals(Optional.empty(), address.blockedAt(NOW));
        address.failed(Policy.ADDRESS, NOW);
        assertEquals(Optional.of(NOW.plusSeconds(5)), address.blockedAt(NOW));
    }

    @Test
    void theNameIsCountedWhateverItsCaseOrSpacesAndAVeryLongOneStillFits() {
        assertEquals(Policy.ACCOUNT.subject("jane"), Policy.ACCOUNT.subject("  JaNe "));
        assertEquals(200, Policy.ACCOUNT.subject("x".repeat(10_000)).length());
    }
}
