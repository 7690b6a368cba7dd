package org.factdesk.web.shared;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import java.io.IOException;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/** The login form. After logging in, the user goes where they were heading, or to their own start page. */
@Named
@RequestScoped
public class LoginBacking {

    @Inject
    SecurityContext security;

    @Inject
    ActiveUser activeUser;

    private String username;

    private String password;

    private String continueTo;

    /** Someone already logged in has no business on the login page. */
    public void redirectIfLoggedIn() throws IOException {
        if (activeUser.isLoggedIn()) {
            Faces.redirect(target());
        }
    }

    public void login() throws IOException {
        var status = security.authenticate(Faces.getRequest(), Faces.getResponse(),
                withParams().credential(new UsernamePasswordCredential(username.strip(), password)).newAuthentication(true));
        if (status == AuthenticationStatus.SUCCESS) {
            Faces.redirect(target());
        } else if (status == AuthenticationStatus.SEND_FAILURE) {
            var refusal = StaffAuthentication.refusalOf(Faces.getRequest());
            Messages.addGlobalError(refusal == null ? BundleMessages.text("login.failed") : refusal.in(activeUser.getLocale()));
        }
    }

    public void logout() throws IOException, jakarta.servlet.ServletException {
        Faces.logout();
        Faces.invalidateSession();
        Faces.redirect("login.xhtml?loggedOut=true");
    }

    /** Only paths inside this application: an open redirect would let a phishing link bounce users elsewhere. */
    private String target() {
        var home = activeUser.getHome();
        var wanted = continueTo != null && continueTo.startsWith("/") && !continueTo.startsWith("//")
                && !continueTo.contains("\\") && !continueTo.startsWith("/login.xhtml") ? continueTo : home;
        return Faces.getRequestContextPath() + wanted;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getContinueTo() {
        return continueTo;
    }

    public void setContinueTo(String continueTo) {
        this.continueTo = continueTo;
    }
}
