package org.factdesk.web.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.EnumSet;
import java.util.List;
import org.factdesk.shared.boundary.BusinessException;
import org.factdesk.user.boundary.UserService;
import org.factdesk.user.entity.Role;
import org.factdesk.web.shared.Refusals;
import org.omnifaces.util.Messages;

/** /admin/newuser.xhtml: an admin opens an account with a first password and its roles. */
@Named
@RequestScoped
public class CreateUserBacking {

    @Inject
    UserService users;

    private String username;
    private String displayName;
    private String password;
    private Role[] roles = new Role[0];

    public String create() {
        try {
            var chosen = EnumSet.noneOf(Role.class);
            chosen.addAll(List.of(roles));
            var user = users.create(username, displayName, password, chosen);
            Messages.addFlashGlobalInfo("users.created.done", user.username());
            return "/admin/user?faces-redirect=true&id=" + user.id();
        } catch (BusinessException e) {
            Refusals.show(e);
            return null;
        }
    }

    public Role[] getAllRoles() {
        return Role.values();
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public Role[] getRoles() {
        return roles;
    }

    public void setRoles(Role[] roles) {
        this.roles = roles == null ? new Role[0] : roles;
    }
}
