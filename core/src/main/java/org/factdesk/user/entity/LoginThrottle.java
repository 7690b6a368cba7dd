package org.factdesk.user.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The failed logins of one account name or one client address. A few mistakes cost nothing; after that each further
 * attempt must wait twice as long as the one before, and past a limit the subject is locked for a while (or until
 * an admin unlocks an account). Names that belong to nobody are counted the same way, so the answers never tell
 * whether an account exists.
 */
@Entity
@Table(name = "login_throttle")
@NamedQuery(name = "LoginThrottle.deleteQuietSince", query = "delete from LoginThrottle t where t.lastFailureAt < :since"
        + " and (t.blockedUntil is null or t.blockedUntil < :now)")
public class LoginThrottle {

    /** How a kind of subject is throttled. */
    public enum Policy {
        /** One person's account: three tries free, locked after ten in a row. */
        ACCOUNT("account:", 3, 10),
        /** One client address trying many accounts: a shared office or newsroom address gets more room. */
        ADDRESS("address:", 20, 100);

        static final Duration FIRST_DELAY = Duration.ofSeconds(5);
        static final Duration LONGEST_DELAY = Duration.ofMinutes(1);
        public static final Duration LOCK = Duration.ofMinutes(30);

        private final String prefix;
        private final int free;
        private final int lockAfter;

        Policy(String prefix, int free, int lockAfter) {
            this.prefix = prefix;
            this.free = free;
            this.lockAfter = lockAfter;
        }

        public String subject(String name) {
            var key = prefix + (name == null ? "" : name.strip().toLowerCase(Locale.ROOT));
            return key.length() > 200 ? key.substring(0, 200) : key;
        }

        /** The wait after the given number of failures in a row: none, then 5 s, 10 s, 20 s, ... up to a minute, then the lock. */
        Duration pauseAfter(int failures) {
            if (failures >= lockAfter) {
                return LOCK;
            }
            if (failures < free) {
                return Duration.ZERO;
            }
            var doublings = Math.min(failures - free, 16);
            var delay = FIRST_DELAY.multipliedBy(1L << doublings);
            return delay.compareTo(LONGEST_DELAY) > 0 ? LONGEST_DELAY : delay;
        }

        boolean locks(int failures) {
            return failures >= lockAfter;
        }
    }

    @Id
    @Column(length = 200)
    private String subject;

    @Version
    private long version;

    @Column(nullable = false)
    private int failures;

    @Column(name = "last_failure_at", nullable = false)
    private Instant lastFailureAt;

    @Column(name = "blocked_until")
    private Instant blockedUntil;

    protected LoginThrottle() {
    }

    public LoginThrottle(String subject) {
        this.subject = Objects.requireNonNull(subject);
    }

    /** Counts one more failure and sets how long the subject must now wait. */
    public void failed(Policy policy, Instant now) {
        failures++;
        lastFailureAt = now;
        var pause = policy.pauseAfter(failures);
        blockedUntil = pause.isZero() ? null : now.plus(pause);
    }

    /** When the subject may try again, if not now. */
    public Optional<Instant> blockedAt(Instant now) {
        return blockedUntil != null && blockedUntil.isAfter(now) ? Optional.of(blockedUntil) : Optional.empty();
    }

    /** Whether the subject reached its limit and is locked, rather than only slowed down. */
    public boolean isLocked(Policy policy, Instant now) {
        return policy.locks(failures) && blockedAt(now).isPresent();
    }

    public String getSubject() {
        return subject;
    }

    public int getFailures() {
        return failures;
    }

    public Instant getBlockedUntil() {
        return blockedUntil;
    }
}
