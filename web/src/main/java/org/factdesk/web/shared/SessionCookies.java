package org.factdesk.web.shared;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

/**
 * The session cookie as a logged-in desk needs it: never readable by scripts (web.xml), never sent along with a
 * request another site starts by a form or a script ({@code SameSite=Lax}, so a forged POST arrives without the
 * session), and {@code Secure} wherever Factdesk is served over TLS ({@code factdesk.secure-cookies}).
 */
@WebListener
public class SessionCookies implements ServletContextListener {

    @Override
    public void contextInitialized(ServletContextEvent event) {
        var cookie = event.getServletContext().getSessionCookieConfig();
        cookie.setHttpOnly(true);
        cookie.setAttribute("SameSite", "Lax");
        cookie.setSecure(ServerSettings.current().secureCookies());
    }
}
