package org.factdesk.user.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Set;
import org.factdesk.shared.boundary.BusinessException;
import org.factdesk.shared.boundary.Page;
import org.factdesk.user.control.PasswordHashing;
import org.factdesk.user.control.UserRepository;
import org.factdesk.user.entity.Role;
import org.factdesk.user.entity.User;

/** Staff accounts: who may log in, with which roles. */
@Stateless
@DeclareRoles({Role.JOURNALIST_NAME, Role.DESK_CHIEF_NAME, Role.ADMIN_NAME})
public class UserService {

    @Inject
    UserRepository users;

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
        return users.getCaller(session.getCallerPrincipal().getName());
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
        var name = username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT);
        if (!name.matches(User.USERNAME_PATTERN)) {
            throw new BusinessException("Use 2 to 50 lower-case letters, digits, dots, dashes or underscores for the username, starting with a letter.");
        }
        if (users.findByUsername(name).isPresent()) {
            throw new BusinessException("The username " + name + " is taken.");
        }
        if (displayName == null || displayName.isBlank()) {
            throw new BusinessException("A display name is required.");
        }
        if (password == null || password.length() < PasswordHashing.MIN_PASSWORD_LENGTH) {
            throw new BusinessException("The password needs at least " + PasswordHashing.MIN_PASSWORD_LENGTH + " characters.");
        }
        if (roles == null || roles.isEmpty()) {
            throw new BusinessException("Give the user at least one role.");
        }
        return users.add(new User(name, displayName.strip(), PasswordHashing.hash(password), roles));
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public Page<User> list(int first, int pageSize) {
        return new Page<>(users.page(Math.max(0, first), Page.clampSize(pageSize)), users.count());
    }
}
