package org.factdesk.user.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.factdesk.shared.boundary.DeskMessage;
import org.factdesk.user.entity.LoginThrottle;
import org.factdesk.user.entity.LoginThrottle.Policy;

/**
 * Counts failed logins per account name and per client address, each in a transaction of its own: a refused login
 * writes its failure even though nothing else is written, and two attempts at the same moment count twice.
 */
@ApplicationScoped
public class LoginThrottling {

    /** Rows nobody failed on for this long are forgotten, so the table stays small whatever is tried. */
    static final Duration FORGET_AFTER = Duration.ofDays(1);

    @PersistenceContext
    EntityManager em;

    /** Why the attempt may not even be checked now, if it may not. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<DeskMessage> refusal(String account, String address, Instant now) {
        return refusal(List.of(found(Policy.ACCOUNT, account), found(Policy.ADDRESS, address)), now);
    }

    /**
     * Counts a failure against both the account name and the address; what the next attempt will be told, if
     * anything. Two first failures at the same moment may both try to create a row: one of them then fails with a
     * {@link PersistenceException} and is simply counted again, when the row exists.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<DeskMessage> failed(String account, String address, Instant now) {
        var rows = List.of(failedOn(Policy.ACCOUNT, account, now), failedOn(Policy.ADDRESS, address, now));
        em.flush();
        return refusal(rows.stream().map(Optional::of).toList(), now);
    }

    /** A login that succeeded wipes its account's count; the address keeps its own, or one good account would reset it. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void succeeded(String account) {
        unlock(account);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void unlock(String account) {
        Optional.ofNullable(em.find(LoginThrottle.class, Policy.ACCOUNT.subject(account), LockModeType.PESSIMISTIC_WRITE))
                .ifPresent(em::remove);
    }

    /** Until when logins for the account are locked, for the admin's user page. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Instant> lockedUntil(String account, Instant now) {
        return found(Policy.ACCOUNT, account).filter(t -> t.isLocked(Policy.ACCOUNT, now)).map(LoginThrottle::getBlockedUntil);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int forgetQuiet(Instant now) {
        return em.createNamedQuery("LoginThrottle.deleteQuietSince").setParameter("since", now.minus(FORGET_AFTER))
                .setParameter("now", now).executeUpdate();
    }

    private Optional<LoginThrottle> found(Policy policy, String name) {
        return Optional.ofNullable(em.find(LoginThrottle.class, policy.subject(name)));
    }

    /** The subject's row, locked for the rest of the transaction, with one more failure counted. */
    private LoginThrottle failedOn(Policy policy, String name, Instant now) {
        var subject = policy.subject(name);
        var row = em.find(LoginThrottle.class, subject, LockModeType.PESSIMISTIC_WRITE);
        if (row == null) {
            row = new LoginThrottle(subject);
            row.failed(policy, now);
            em.persist(row);
        } else {
            row.failed(policy, now);
        }
        return row;
    }

    /** The longest wait any of the subjects owes; a lock is named as one, so the person knows to ask an admin. */
    private static Optional<DeskMessage> refusal(List<Optional<LoginThrottle>> rows, Instant now) {
        var account = rows.get(0);
        if (account.isPresent() && account.get().isLocked(Policy.ACCOUNT, now)) {
            return Optional.of(DeskMessage.of("user.loginLocked", minutesUntil(now, account.get().getBlockedUntil())));
        }
        var address = rows.get(1);
        if (address.isPresent() && address.get().isLocked(Policy.ADDRESS, now)) {
            return Optional.of(DeskMessage.of("user.loginAddressLocked", minutesUntil(now, address.get().getBlockedUntil())));
        }
        return rows.stream().flatMap(Optional::stream).map(t -> t.blockedAt(now)).flatMap(Optional::stream)
                .max(Comparator.naturalOrder())
                .map(until -> DeskMessage.of("user.loginWait", roundedUp(Duration.between(now, until), Duration.ofSeconds(1))));
    }

    private static long minutesUntil(Instant now, Instant until) {
        return roundedUp(Duration.between(now, until), Duration.ofMinutes(1));
    }

    private static long roundedUp(Duration wait, Duration unit) {
        return Math.max(1, (wait.toMillis() + unit.toMillis() - 1) / unit.toMillis());
    }
}
