package org.factdesk.web.shared;

import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import org.factdesk.user.boundary.UserService;
import org.factdesk.user.entity.Role;

/**
 * The logged-in member of staff: the only state kept in the session. The roles here only decide what the
 * pages show; the folders in web.xml and the boundaries enforce them.
 */
@Named
@SessionScoped
public class ActiveUser implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The current request: unlike SecurityContext on WildFly, it has no principal at all for anonymous callers. */
    @Inject
    HttpServletRequest request;

    @Inject
    UserService users;

    private String username;
    private String displayName;
    private String language;

    public boolean isLoggedIn() {
        return request.getUserPrincipal() != null;
    }

    public String getUsername() {
        load();
        return username;
    }

    public String getDisplayName() {
        load();
        return displayName;
    }

    /** The user's chosen language; for visitors, the best match for their browser. */
    public java.util.Locale getLocale() {
        load();
        if (language != null) {
            return java.util.Locale.forLanguageTag(language);
        }
        var faces = jakarta.faces.context.FacesContext.getCurrentInstance();
        return faces.getApplication().getViewHandler().calculateLocale(faces);
    }

    /** After the user picked another language, so the next page speaks it. */
    public void languageChanged(String languageTag) {
        this.language = languageTag;
    }

    public boolean can(String role) {
        return request.isUserInRole(Role.valueOf(role).name());
    }

    public boolean isJournalist() {
        return can(Role.JOURNALIST.name());
    }

    public boolean isDeskChief() {
        return can(Role.DESK_CHIEF.name());
    }

    public boolean isAdmin() {
        return can(Role.ADMIN.name());
    }

    /** Where this user starts: the queue of the work they do most. */
    public String getHome() {
        if (isDeskChief()) {
            return "/approval/queue.xhtml";
        }
        if (isJournalist()) {
            return "/review/mine.xhtml";
        }
        if (isAdmin()) {
            return "/admin/reports.xhtml";
        }
        return "/index.xhtml";
    }

    private void load() {
        var principal = request.getUserPrincipal();
        if (principal == null) {
            username = null;
            displayName = null;
            language = null;
        } else if (!principal.getName().equals(username)) {
            var user = users.currentUser();
            username = user.username();
            displayName = user.displayName();
            language = user.locale();
        }
    }
}
