package org.factdesk.web.shared;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * The headers every response carries, whatever answers it (a page, the API, a static file, an error page): no
 * framing by other sites, no content sniffing, no full address leaking to other sites, and a Content Security
 * Policy. Pages rendered by Faces get PrimeFaces' policy instead: {@code primefaces.CSP_POLICY} in web.xml plus the
 * nonce of the page's own scripts; every other response gets {@link #STRICT_POLICY}. Error pages pass through too,
 * because the container renders them in a dispatch of their own.
 */
@WebFilter(filterName = "SecurityHeaders", urlPatterns = "/*",
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.ERROR})
public class SecurityHeaders extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String CSP = "Content-Security-Policy";

    /** JSON, files and plain error answers run nothing and load nothing. */
    static final String STRICT_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        apply(response);
        chain.doFilter(request, new PolicyReplacing(response));
    }

    /**
     * Sets the headers on a response. The authentication mechanism calls this too: it answers some requests (a
     * 401 of the API, the redirect to the login page) before any filter runs.
     */
    public static void apply(HttpServletResponse response) {
        response.setHeader(CSP, STRICT_POLICY);
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
    }

    /**
     * Two Content Security Policies would both apply, each blocking what it does not allow, so the page's own
     * policy must replace the strict default rather than stand beside it.
     */
    static final class PolicyReplacing extends HttpServletResponseWrapper {

        PolicyReplacing(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void addHeader(String name, String value) {
            if (CSP.equalsIgnoreCase(name)) {
                super.setHeader(name, value);
            } else {
                super.addHeader(name, value);
            }
        }
    }
}
