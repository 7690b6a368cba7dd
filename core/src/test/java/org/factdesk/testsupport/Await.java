package org.factdesk.testsupport;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/**
 * Waits for a condition the way Selenium's WebDriverWait does: it checks, and checks again shortly after, until
 * the condition holds or the generous limit is reached. No test assumes how long anything takes.
 */
public final class Await {

    private static final Duration LIMIT = Duration.ofMinutes(3);
    private static final long POLL_NANOS = Duration.ofMillis(100).toNanos();

    private Await() {
    }

    public static void until(String what, BooleanSupplier condition) {
        var deadline = Instant.now().plus(LIMIT);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Still waiting after " + LIMIT.toMinutes() + " minutes for: " + what);
            }
            LockSupport.parkNanos(POLL_NANOS);
        }
    }
}
