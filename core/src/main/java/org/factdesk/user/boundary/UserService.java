package org.factdesk.user.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.factdesk.shared.boundary.BusinessException;
import org.factdesk.shared.boundary.Languages;
import org.factdesk.shared.boundary.Page;
import org.factdesk.shared.boundary.DeskMessage;
import org.factdesk.shared.boundary.StaleVersionException;
import org.factdesk.user.control.LoginThrottling;
import org.factdesk.user.control.PasswordHashing;
import org.factdesk.user.control.UserRepository;
import org.factdesk.user.entity.AccountState;
import org.factdesk.user.entity.LoginThrottle;
import org.factdesk.user.entity.Role;
import org.factdesk.user.entity.User;
import org.factdesk.workflow.boundary.HistoryEntry;
import org.factdesk.workflow.control.EventLog;
import org.factdesk.workflow.control.EventLog.Subject;
import org.factdesk.workflow.entity.SubjectType;

/**
 * Staff accounts: who may log in, with which roles. The desk always keeps one active admin, and nobody locks
 * themselves out; every change is on record with who made it and when.
 */
@Stateless
@DeclareRoles({Role.JOURNALIST_NAME, Role.DESK_CHIEF_NAME, Role.ADMIN_NAME})
public class UserService {

    static final int PASSWORD_MAX = 200;
    static final int DISPLAY_NAME_MAX = 100;

    @Inject
    UserRepository users;

    @Inject
    EventLog log;

    @Inject
    LoginThrottling throttling;

    @Resource
    SessionContext session;

    /**
     * A login attempt from a client address. An active user whose password matches gets their roles; any other
     * attempt is refused with the same words whether or not the name exists, after the same work (the password is
     * hashed either way), and counts against the name and the address, which then have to wait longer and longer
     * and are finally locked (see {@link LoginThrottle}).
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public LoginOutcome login(String username, String password, String address) {
        var name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        var now = Instant.now();
        var wait = throttling.refusal(name, address, now);
        if (wait.isPresent()) {
            return LoginOutcome.refused(wait.get());
        }
        var user = users.findByUsername(name);
        var matches = user.isPresent() ? PasswordHashing.matches(password, user.get().getPasswordHash()) : false;
        if (user.isEmpty()) {
            PasswordHashing.matchNothing(password);
        }
        if (matches && user.get().isActive()) {
            throttling.succeeded(name);
            return LoginOutcome.granted(user.get().getRoles());
        }
        // the wait counts from the answer, not from the start of the attempt, which spent time hashing
        return LoginOutcome.refused(countFailure(name, address, Instant.now()).orElse(DeskMessage.of("user.loginWrong")));
    }

    private Optional<DeskMessage> countFailure(String name, String address, Instant now) {
        try {
            return throttling.failed(name, address, now);
        } catch (RuntimeException concurrentFirstFailure) {
            // the first failure for this name or address came in twice at once: one of them created the row
            return throttling.failed(name, address, now);
        }
    }

    /** The roles of a logged-in user who is still active: a deactivated account loses its open sessions at once. */
    @PermitAll
    public Set<Role> activeRoles(String username) {
        return users.findByUsername(username).filter(User::isActive).map(User::getRoles).orElse(Set.of());
    }

    /** Until when logins to the account are locked after too many failures, for the user page. */
    @RolesAllowed(Role.ADMIN_NAME)
    public Optional<Instant> loginLockedUntil(long id) {
        return throttling.lockedUntil(users.get(id).getUsername(), Instant.now());
    }

    /** Lifts a lock after too many failed logins, so the person can log in at once. */
    @RolesAllowed(Role.ADMIN_NAME)
    public void unlockLogin(long id) {
        var user = users.get(id);
        if (throttling.lockedUntil(user.getUsername(), Instant.now()).isEmpty()) {
            throw new BusinessException("user.notLocked", user.getUsername());
        }
        throttling.unlock(user.getUsername());
        log.record(caller(), Subject.of(SubjectType.USER, id), "user.login_unlocked", null, null, null);
    }

    @RolesAllowed({Role.JOURNALIST_NAME, Role.DESK_CHIEF_NAME, Role.ADMIN_NAME})
    public Account currentUser() {
        return Account.of(me());
    }


    @RolesAllowed({Role.JOURNALIST_NAME, Role.DESK_CHIEF_NAME, Role.ADMIN_NAME})
    public Account changeLanguage(String languageTag) {
        if (!Languages.isSpoken(languageTag)) {
            throw new BusinessException("user.languageUnavailable", languageTag, String.join(", ", Languages.SPOKEN));
        }
        var me = me();
        me.speak(languageTag);
        return written(me);
    }

    /** Changing one's own password needs the current one, so an unattended session cannot lock its owner out. */
    @RolesAllowed({Role.JOURNALIST_NAME, Role.DESK_CHIEF_NAME, Role.ADMIN_NAME})
    public void changeOwnPassword(String currentPassword, String newPassword) {
        var me = me();
        if (!PasswordHashing.matches(currentPassword, me.getPasswordHash())) {
            throw new BusinessException("user.currentPasswordWrong");
        }
        if (newPassword == null || newPassword.length() < PasswordHashing.MIN_PASSWORD_LENGTH) {
            throw new BusinessException("user.newPasswordTooShort", PasswordHashing.MIN_PASSWORD_LENGTH);
        }
        me.changePasswordHash(PasswordHashing.hash(newPassword));
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public Account create(String username, String displayName, String password, Set<Role> roles) {
        var name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        if (!name.matches(User.USERNAME_PATTERN)) {
            throw new BusinessException("user.usernameInvalid");
        }
        if (users.findByUsername(name).isPresent()) {
            throw new BusinessException("user.usernameTaken", name);
        }
        if (displayName == null || displayName.isBlank()) {
            throw new BusinessException("user.displayNameMissing");
        }
        if (displayName.strip().length() > DISPLAY_NAME_MAX) {
            throw new BusinessException("user.displayNameTooLong", DISPLAY_NAME_MAX);
        }
        requireGoodPassword(password);
        requireRoles(roles);
        var user = users.add(new User(name, displayName.strip(), PasswordHashing.hash(password), roles));
        log.record(caller(), Subject.of(SubjectType.USER, user.getId()), "user.created", null, AccountState.ACTIVE, "Roles: " + names(roles));
        return written(user);
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public Page<Account> list(int first, int pageSize) {
        return new Page<>(users.page(Math.max(0, first), Page.clampSize(pageSize)).stream().map(Account::of).toList(), users.count());
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public Account get(long id) {
        return Account.of(users.get(id));
    }

    /** Who changed the account when, oldest first. */
    @RolesAllowed(Role.ADMIN_NAME)
    public List<HistoryEntry> history(long id) {
        return log.forSubject(SubjectType.USER, id).stream().map(HistoryEntry::of).toList();
    }

    /** Ends a user's access. Their history and their assigned claims stay, for someone to take over. */
    @RolesAllowed(Role.ADMIN_NAME)
    public Account deactivate(long id, long expectedVersion) {
        var user = current(id, expectedVersion);
        if (user.getUsername().equals(caller())) {
            throw new BusinessException("user.selfDeactivation");
        }
        if (!user.isActive()) {
            throw new BusinessException("user.alreadyDeactivated", user.getUsername());
        }
        if (user.hasRole(Role.ADMIN)) {
            requireAnotherAdmin(user, () -> new BusinessException("user.lastAdminDeactivation", user.getUsername()));
        }
        user.deactivate();
        log.record(caller(), Subject.of(SubjectType.USER, id), "user.deactivated", AccountState.ACTIVE, AccountState.DEACTIVATED, null);
        return written(user);
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public Account reactivate(long id, long expectedVersion) {
        var user = current(id, expectedVersion);
        if (user.isActive()) {
            throw new BusinessException("user.alreadyActive", user.getUsername());
        }
        user.activate();
        log.record(caller(), Subject.of(SubjectType.USER, id), "user.reactivated", AccountState.DEACTIVATED, AccountState.ACTIVE, null);
        return written(user);
    }

    /** Sets a password the admin chose; it is stored only as a hash and never shown again. */
    @RolesAllowed(Role.ADMIN_NAME)
    public Account resetPassword(long id, long expectedVersion, String newPassword) {
        var user = current(id, expectedVersion);
        requireGoodPassword(newPassword);
        user.changePasswordHash(PasswordHashing.hash(newPassword));
        log.record(caller(), Subject.of(SubjectType.USER, id), "user.password_reset", null, null, null);
        return written(user);
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public Account changeRoles(long id, long expectedVersion, Set<Role> roles) {
        var user = current(id, expectedVersion);
        requireRoles(roles);
        if (user.getRoles().equals(roles)) {
            return Account.of(user);
        }
        if (user.isActive() && user.hasRole(Role.ADMIN) && !roles.contains(Role.ADMIN)) {
            requireAnotherAdmin(user, () -> new BusinessException("user.lastAdminRole", user.getUsername()));
        }
        var before = names(user.getRoles());
        user.changeRoles(roles);
        log.record(caller(), Subject.of(SubjectType.USER, id), "user.roles_changed", null, null, before + " → " + names(roles));
        return written(user);
    }

    private User current(long id, long expectedVersion) {
        var user = users.get(id);
        if (user.getVersion() != expectedVersion) {
            throw new StaleVersionException("user.changedMeanwhile", user.getUsername());
        }
        return user;
    }

    private void requireAnotherAdmin(User user, Supplier<BusinessException> refusal) {
        if (users.lockActiveAdmins().stream().allMatch(admin -> admin.equals(user))) {
            throw refusal.get();
        }
    }

    private static void requireGoodPassword(String password) {
        if (password == null || password.length() < PasswordHashing.MIN_PASSWORD_LENGTH) {
            throw new BusinessException("user.passwordTooShort", PasswordHashing.MIN_PASSWORD_LENGTH);
        }
        if (password.length() > PASSWORD_MAX) {
            throw new BusinessException("user.passwordTooLong", PASSWORD_MAX);
        }
    }

    private static void requireRoles(Set<Role> roles) {
        if (roles == null || roles.isEmpty()) {
            throw new BusinessException("user.roleMissing");
        }
    }

    private static String names(Set<Role> roles) {
        return roles.stream().sorted().map(Role::name).collect(Collectors.joining(", "));
    }

    private Account written(User user) {
        return Account.of(users.flush(user));
    }

    private User me() {
        return users.getCaller(caller());
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
