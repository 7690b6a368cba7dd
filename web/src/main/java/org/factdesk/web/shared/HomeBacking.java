package org.factdesk.web.shared;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import org.omnifaces.util.Faces;

/** The root address: staff go to their own queue, everyone else to the public fact-checks. */
@Named
@RequestScoped
public class HomeBacking {

    @Inject
    ActiveUser activeUser;

    public void route() throws IOException {
        Faces.redirect(Faces.getRequestContextPath() + (activeUser.isLoggedIn() ? activeUser.getHome() : "/factcheck/index.xhtml"));
    }
}
