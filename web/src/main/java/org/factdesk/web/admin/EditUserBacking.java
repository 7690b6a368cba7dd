package org.factdesk.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.EnumSet;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.factdesk.shared.boundary.BusinessException;
import org.factdesk.user.boundary.Account;
import org.factdesk.user.boundary.UserService;
import org.factdesk.user.entity.Role;
import org.factdesk.web.shared.ActiveUser;
import org.factdesk.web.shared.NotFound;
import org.factdesk.web.shared.Refusals;
import org.factdesk.workflow.boundary.HistoryEntry;
import org.omnifaces.util.Messages;

/**
 * /admin/user.xhtml?id=: one account: its roles, a new password, deactivation and reactivation, and its history.
 * The rules (the last admin, nobody deactivating themselves) are the user boundary's; this page only asks.
 */
@Named
@ViewScoped
public class EditUserBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    UserService users;

    @Inject
    ActiveUser activeUser;

    private Long id;
    private Account user;
    private List<HistoryEntry> history;
    private Role[] roles;
    private String newPassword;
    private String repeatPassword;
    private Instant lockedUntil;

    public void load() {
        if (id == null) {
            NotFound.respond();
            return;
        }
        try {
            user = users.get(id);
            history = users.history(id);
            roles = user.roles().toArray(Role[]::new);
            lockedUntil = users.loginLockedUntil(id).orElse(null);
        } catch (BusinessException e) {
            NotFound.respond();
        }
    }

    public String saveRoles() {
        var chosen = EnumSet.noneOf(Role.class);
        chosen.addAll(List.of(roles));
        return change(() -> users.changeRoles(id, user.version(), chosen), "users.rolesSaved");
    }

    public String resetPassword() {
        if (!Objects.equals(newPassword, repeatPassword)) {
            Messages.addGlobalError("users.password.mismatch");
            return null;
        }
        return change(() -> users.resetPassword(id, user.version(), newPassword), "users.passwordReset");
    }

    public String deactivate() {
        return change(() -> users.deactivate(id, user.version()), "users.deactivated");
    }

    /** Lets the person log in at once after too many failed logins locked the account. */
    public String unlock() {
        return change(() -> users.unlockLogin(id), "users.unlocked");
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    public String reactivate() {
        return change(() -> users.reactivate(id, user.version()), "users.reactivated");
    }

    private String change(Runnable call, String doneKey) {
        try {
            call.run();
            Messages.addFlashGlobalInfo(doneKey, user.username());
            return "/admin/user?faces-redirect=true&id=" + id;
        } catch (BusinessException e) {
            Refusals.show(e);
            return null;
        }
    }

    public boolean isMyself() {
        return user.username().equals(activeUser.getUsername());
    }

    public Role[] getAllRoles() {
        return Role.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Account getUser() {
        return user;
    }

    public List<HistoryEntry> getHistory() {
        return history;
    }

    public Role[] getRoles() {
        return roles;
    }

    public void setRoles(Role[] roles) {
        this.roles = roles == null ? new Role[0] : roles;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getRepeatPassword() {
        return repeatPassword;
    }

    public void setRepeatPassword(String repeatPassword) {
        this.repeatPassword = repeatPassword;
    }
}
