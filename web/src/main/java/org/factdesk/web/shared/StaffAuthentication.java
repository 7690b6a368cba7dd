package org.factdesk.web.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * One mechanism for the whole application: the login page hands over credentials programmatically, machine
 * clients of /api send HTTP Basic or an API token ({@code Authorization: Bearer}), and an anonymous request for a
 * protected page is sent to the login page with the address it wanted, so the user lands there after logging in.
 */
@ApplicationScoped
@AutoApplySession
public class StaffAuthentication implements HttpAuthenticationMechanism {

    static final String LOGIN_PAGE = "/login.xhtml";
    static final String API_PREFIX = "/api/";

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    ApiTokenIdentityStore tokens;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        var credential = context.getAuthParameters().getCredential();
        if (credential instanceof UsernamePasswordCredential) {
            return context.notifyContainerAboutLogin(identityStores.validate(credential));
        }
        var token = isApi(request) ? bearerToken(request) : null;
        if (token != null) {
            var result = tokens.validate(new ApiTokenCredential(token));
            if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                return context.notifyContainerAboutLogin(result);
            }
            return challenge(response, context);
        }
        var basic = basicCredential(request);
        if (basic != null) {
            var result = identityStores.validate(basic);
            if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                return context.notifyContainerAboutLogin(result);
            }
            return challenge(response, context);
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        if (isApi(request)) {
            return challenge(response, context);
        }
        return context.redirect(request.getContextPath() + LOGIN_PAGE + "?continue="
                + URLEncoder.encode(originalAddress(request), StandardCharsets.UTF_8));
    }

    private static AuthenticationStatus challenge(HttpServletResponse response, HttpMessageContext context) {
        response.setHeader("WWW-Authenticate", "Basic realm=\"Factdesk\"");
        response.addHeader("WWW-Authenticate", "Bearer realm=\"Factdesk\"");
        return context.responseUnauthorized();
    }

    /** Tokens are for machine clients of the API only; pages ignore them. */
    private static String bearerToken(HttpServletRequest request) {
        var header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        var token = header.substring(7).strip();
        return token.isEmpty() ? null : token;
    }

    private static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + API_PREFIX);
    }

    private static String originalAddress(HttpServletRequest request) {
        var path = request.getRequestURI().substring(request.getContextPath().length());
        return request.getQueryString() == null ? path : path + "?" + request.getQueryString();
    }

    private static UsernamePasswordCredential basicCredential(HttpServletRequest request) {
        var header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            var decoded = new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
            var colon = decoded.indexOf(':');
            return colon < 1 ? null : new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
