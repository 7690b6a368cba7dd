package org.factdesk.web.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.factdesk.shared.boundary.DeskMessage;
import org.factdesk.user.boundary.UserService;
import org.factdesk.user.entity.Role;
import org.factdesk.web.api.Problem;

/**
 * One mechanism for the whole application, with two separate ways in:
 * <ul>
 * <li>Pages: the login form hands over a name and password; on success the session gets a new id (so an id
 * planted before the login is worth nothing) and remembers the name. Each later page request is authenticated from
 * that session with the user's current roles, so a deactivated account loses its open sessions at once. An
 * anonymous request for a protected page is sent to the login page with the address it wanted.</li>
 * <li>The API under /api: every request carries HTTP Basic or an API token ({@code Authorization: Bearer}); it never
 * creates, reads or extends a session, so no cookie ever stands in for a token, and a page can never be opened with
 * a token. Refusals are problem+json.</li>
 * </ul>
 * Which way a request takes is decided by its servlet path, which the container has already decoded and normalised:
 * {@code /api/../review/mine.xhtml} is a page request.
 */
@ApplicationScoped
public class StaffAuthentication implements HttpAuthenticationMechanism {

    static final String LOGIN_PAGE = "/login.xhtml";
    static final String API_PATH = "/api";
    /** The session attribute naming the logged-in user; nothing else about them is kept in the session. */
    static final String CALLER = StaffAuthentication.class.getName() + ".caller";
    /** Why the last login attempt of this request was refused, for the login page to say. */
    static final String REFUSAL = StaffAuthentication.class.getName() + ".refusal";
    private static final String RESOURCES = "/jakarta.faces.resource/";

    @Inject
    UserService users;

    @Inject
    ApiTokenIdentityStore tokens;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        SecurityHeaders.apply(response);
        if (isApi(request)) {
            return validateApiRequest(request, response, context);
        }
        var credential = context.getAuthParameters().getCredential();
        if (credential instanceof UsernamePasswordCredential password) {
            return login(request, context, password);
        }
        var session = request.getSession(false);
        var caller = session == null ? null : (String) session.getAttribute(CALLER);
        if (caller != null && !request.getServletPath().startsWith(RESOURCES)) {
            var roles = users.activeRoles(caller);
            if (!roles.isEmpty()) {
                return context.notifyContainerAboutLogin(caller, names(roles));
            }
            session.invalidate();
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        return context.redirect(request.getContextPath() + LOGIN_PAGE + "?continue="
                + URLEncoder.encode(originalAddress(request), StandardCharsets.UTF_8));
    }

    private AuthenticationStatus login(HttpServletRequest request, HttpMessageContext context, UsernamePasswordCredential credential) {
        var username = normalised(credential.getCaller());
        var outcome = users.login(username, credential.getPasswordAsString(), request.getRemoteAddr());
        if (!outcome.isGranted()) {
            request.setAttribute(REFUSAL, outcome.refusal());
            // the login page shows why; a container error page would replace it
            return context.notifyContainerAboutLogin(CredentialValidationResult.INVALID_RESULT);
        }
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        request.getSession(true).setAttribute(CALLER, username);
        return context.notifyContainerAboutLogin(username, names(outcome.roles()));
    }

    private AuthenticationStatus validateApiRequest(HttpServletRequest request, HttpServletResponse response,
                                                    HttpMessageContext context) {
        var authorization = request.getHeader("Authorization");
        if (startsWith(authorization, "Bearer ")) {
            var token = authorization.substring(7).strip();
            var result = tokens.validate(new ApiTokenCredential(token));
            if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                return context.notifyContainerAboutLogin(result);
            }
            return unauthorized(response, text(request, "api.tokenRefused"));
        }
        if (startsWith(authorization, "Basic ")) {
            var basic = basicCredential(authorization);
            if (basic == null) {
                return unauthorized(response, text(request, "api.credentialsUnreadable"));
            }
            var username = normalised(basic.getCaller());
            var outcome = users.login(username, basic.getPasswordAsString(), request.getRemoteAddr());
            if (outcome.isGranted()) {
                return context.notifyContainerAboutLogin(username, names(outcome.roles()));
            }
            return unauthorized(response, outcome.refusal().in(language(request)));
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        return unauthorized(response, text(request, "api.credentialsMissing"));
    }

    /** A 401 the client can read, written here: the container's error page would be HTML. */
    private static AuthenticationStatus unauthorized(HttpServletResponse response, String detail) {
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setHeader("WWW-Authenticate", "Basic realm=\"Factdesk\"");
        response.addHeader("WWW-Authenticate", "Bearer realm=\"Factdesk\"");
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        try {
            var writer = response.getWriter();
            writer.write(Problem.of(401, "Unauthorized", detail).json());
            // closing ends the exchange: an open one with status 401 gets the container's HTML error page instead
            writer.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    private static Locale language(HttpServletRequest request) {
        return BundleMessages.spokenOf(java.util.Collections.list(request.getLocales()));
    }

    private static String text(HttpServletRequest request, String key) {
        return BundleMessages.text(language(request), key);
    }

    /** Why the login just attempted in this request was refused, if it was. */
    public static DeskMessage refusalOf(HttpServletRequest request) {
        return (DeskMessage) request.getAttribute(REFUSAL);
    }

    private static boolean isApi(HttpServletRequest request) {
        var path = request.getServletPath();
        return path.equals(API_PATH) || path.startsWith(API_PATH + "/");
    }

    private static boolean startsWith(String header, String scheme) {
        return header != null && header.regionMatches(true, 0, scheme, 0, scheme.length());
    }

    private static String normalised(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    private static Set<String> names(Set<Role> roles) {
        return roles.stream().map(Enum::name).collect(Collectors.toSet());
    }

    private static String originalAddress(HttpServletRequest request) {
        var path = request.getRequestURI().substring(request.getContextPath().length());
        return request.getQueryString() == null ? path : path + "?" + request.getQueryString();
    }

    private static UsernamePasswordCredential basicCredential(String header) {
        try {
            var decoded = new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
            var colon = decoded.indexOf(':');
            return colon < 1 ? null : new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
