package org.factdesk.user.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.factdesk.shared.boundary.BusinessException;
import org.factdesk.shared.boundary.ConcurrentEditException;
import org.factdesk.shared.boundary.Page;
import org.factdesk.user.control.PasswordHashing;
import org.factdesk.user.control.UserRepository;
import org.factdesk.user.entity.AccountState;
import org.factdesk.user.entity.Role;
import org.factdesk.user.entity.User;
import org.factdesk.workflow.control.EventLog;
import org.factdesk.workflow.entity.SubjectType;

/**
 * Staff accounts: who may log in, with which roles. The desk always keeps one active admin, and nobody locks
 * themselves out; every change is on record with who made it and when.
 */
@Stateless
@DeclareRoles({Role.JOURNALIST_NAME, Role.DESK_CHIEF_NAME, Role.ADMIN_NAME})
public class UserService {

    static final int PASSWORD_MAX = 200;

    @Inject
    UserRepository users;

    @Inject
    EventLog log;

    @Resource
    SessionContext session;

    /** The roles of an active user whose password matches; empty for anything else, without saying which part failed. */
    @PermitAll
    public Optional<Set<Role>> authenticate(String username, String password) {
        return users.findByUsername(username)
                .filter(User::isActive)
                .filter(u -> PasswordHashing.matches(password, u.getPasswordHash()))
                .map(User::getRoles);
    }

    @RolesAllowed({Role.JOURNALIST_NAME, Role.DESK_CHIEF_NAME, Role.ADMIN_NAME})
    public User currentUser() {
        return users.getCaller(caller());
    }

    /** Languages the pages are written in; a user picks one. */
    public static final java.util.List<String> LANGUAGES = java.util.List.of("en", "de");

    @RolesAllowed({Role.JOURNALIST_NAME, Role.DESK_CHIEF_NAME, Role.ADMIN_NAME})
    public User changeLanguage(String languageTag) {
        if (!LANGUAGES.contains(languageTag)) {
            throw new BusinessException("Factdesk is not available in \"" + languageTag + "\"; choose one of " + LANGUAGES + ".");
        }
        var me = currentUser();
        me.speak(languageTag);
        return me;
    }

    /** Changing one's own password needs the current one, so an unattended session cannot lock its owner out. */
    @RolesAllowed({Role.JOURNALIST_NAME, Role.DESK_CHIEF_NAME, Role.ADMIN_NAME})
    public void changeOwnPassword(String currentPassword, String newPassword) {
        var me = currentUser();
        if (!PasswordHashing.matches(currentPassword, me.getPasswordHash())) {
            throw new BusinessException("The current password is not right.");
        }
        if (newPassword == null || newPassword.length() < PasswordHashing.MIN_PASSWORD_LENGTH) {
            throw new BusinessException("The new password needs at least " + PasswordHashing.MIN_PASSWORD_LENGTH + " characters.");
        }
        me.changePasswordHash(PasswordHashing.hash(newPassword));
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public User create(String username, String displayName, String password, Set<Role> roles) {
        var name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        if (!name.matches(User.USERNAME_PATTERN)) {
            throw new BusinessException("Use 2 to 50 lower-case letters, digits, dots, dashes or underscores for the username, starting with a letter.");
        }
        if (users.findByUsername(name).isPresent()) {
            throw new BusinessException("The username " + name + " is taken.");
        }
        if (displayName == null || displayName.isBlank()) {
            throw new BusinessException("A display name is required.");
        }
        if (displayName.strip().length() > 100) {
            throw new BusinessException("The display name may have at most 100 characters.");
        }
        requireGoodPassword(password);
        requireRoles(roles);
        var user = users.add(new User(name, displayName.strip(), PasswordHashing.hash(password), roles));
        log.other(caller(), SubjectType.USER, user.getId(), "user.created", null, AccountState.ACTIVE, "Roles: " + names(roles));
        return user;
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public Page<User> list(int first, int pageSize) {
        return new Page<>(users.page(Math.max(0, first), Page.clampSize(pageSize)), users.count());
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public User get(long id) {
        return users.get(id);
    }

    /** Who changed the account when, oldest first. */
    @RolesAllowed(Role.ADMIN_NAME)
    public java.util.List<org.factdesk.workflow.entity.WorkflowEvent> history(long id) {
        return log.forSubject(SubjectType.USER, id);
    }

    /** Ends a user's access. Their history and their assigned claims stay, for someone to take over. */
    @RolesAllowed(Role.ADMIN_NAME)
    public User deactivate(long id, long expectedVersion) {
        var user = current(id, expectedVersion);
        if (user.getUsername().equals(caller())) {
            throw new BusinessException("You cannot deactivate your own account: another admin has to.");
        }
        if (!user.isActive()) {
            throw new BusinessException(user.getUsername() + " is already deactivated.");
        }
        if (user.hasRole(Role.ADMIN)) {
            requireAnotherAdmin(user, " is the last active admin and cannot be deactivated: make another user an admin first.");
        }
        user.deactivate();
        log.other(caller(), SubjectType.USER, id, "user.deactivated", AccountState.ACTIVE, AccountState.DEACTIVATED, null);
        return user;
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public User reactivate(long id, long expectedVersion) {
        var user = current(id, expectedVersion);
        if (user.isActive()) {
            throw new BusinessException(user.getUsername() + " is already active.");
        }
        user.activate();
        log.other(caller(), SubjectType.USER, id, "user.reactivated", AccountState.DEACTIVATED, AccountState.ACTIVE, null);
        return user;
    }

    /** Sets a password the admin chose; it is stored only as a hash and never shown again. */
    @RolesAllowed(Role.ADMIN_NAME)
    public User resetPassword(long id, long expectedVersion, String newPassword) {
        var user = current(id, expectedVersion);
        requireGoodPassword(newPassword);
        user.changePasswordHash(PasswordHashing.hash(newPassword));
        log.other(caller(), SubjectType.USER, id, "user.password_reset", null, null, null);
        return user;
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public User changeRoles(long id, long expectedVersion, Set<Role> roles) {
        var user = current(id, expectedVersion);
        requireRoles(roles);
        if (user.getRoles().equals(roles)) {
            return user;
        }
        if (user.isActive() && user.hasRole(Role.ADMIN) && !roles.contains(Role.ADMIN)) {
            requireAnotherAdmin(user, " is the last active admin and must keep the admin role: make another user an admin first.");
        }
        var before = names(user.getRoles());
        user.changeRoles(roles);
        log.other(caller(), SubjectType.USER, id, "user.roles_changed", null, null, before + " → " + names(roles));
        return user;
    }

    private User current(long id, long expectedVersion) {
        var user = users.get(id);
        if (user.getVersion() != expectedVersion) {
            throw new ConcurrentEditException("Someone changed " + user.getUsername() + " while you were looking. Reload the page and try again.");
        }
        return user;
    }

    private void requireAnotherAdmin(User user, String refusal) {
        if (users.lockActiveAdmins().stream().allMatch(admin -> admin.equals(user))) {
            throw new BusinessException(user.getUsername() + refusal);
        }
    }

    private static void requireGoodPassword(String password) {
        if (password == null || password.length() < PasswordHashing.MIN_PASSWORD_LENGTH) {
            throw new BusinessException("The password needs at least " + PasswordHashing.MIN_PASSWORD_LENGTH + " characters.");
        }
        if (password.length() > PASSWORD_MAX) {
            throw new BusinessException("The password may have at most " + PASSWORD_MAX + " characters.");
        }
    }

    private static void requireRoles(Set<Role> roles) {
        if (roles == null || roles.isEmpty()) {
            throw new BusinessException("Give the user at least one role.");
        }
    }

    private static String names(Set<Role> roles) {
        return roles.stream().sorted().map(Role::name).collect(Collectors.joining(", "));
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
