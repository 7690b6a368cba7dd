package org.factdesk.web.shared;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * How long browsers keep stylesheets, scripts, fonts and pictures. An address with a version ({@code v=}: PrimeFaces'
 * own release, or {@link StaticResources#getVersion()} for Factdesk's) names content that never changes, so it is kept
 * for a year without asking again; any other address is asked about each time. The Faces resource handler sets its own
 * {@code Cache-Control} (a week) while it serves, so the one set here is kept against it. PrimeFaces' dynamic content
 * ({@code pfdrid}) changes under one address: it gets no year, and PrimeFaces may set what it needs. The server
 * compresses the same addresses (the gzip filter in {@code src/wildfly/factdesk.cli}).
 */
@WebFilter(filterName = "StaticResourceCaching", urlPatterns = {"/jakarta.faces.resource/*", "/resources/*"})
public class StaticResourceCaching extends HttpFilter {

    private static final long serialVersionUID = 1L;

    public static final String IMMUTABLE = "public, max-age=31536000, immutable";
    static final String REVALIDATE = "no-cache";
    static final String CACHE_CONTROL = "Cache-Control";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getParameter("pfdrid") != null) {
            response.setHeader(CACHE_CONTROL, REVALIDATE);
            chain.doFilter(request, response);
            return;
        }
        response.setHeader(CACHE_CONTROL, request.getParameter("v") != null ? IMMUTABLE : REVALIDATE);
        chain.doFilter(request, new KeptCacheControl(response));
    }

    /** A response whose Cache-Control (and Expires, which it supersedes) nothing further down the chain changes. */
    static final class KeptCacheControl extends HttpServletResponseWrapper {

        KeptCacheControl(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void setHeader(String name, String value) {
            if (!kept(name)) {
                super.setHeader(name, value);
            }
        }

        @Override
        public void addHeader(String name, String value) {
            if (!kept(name)) {
                super.addHeader(name, value);
            }
        }

        @Override
        public void setDateHeader(String name, long date) {
            if (!kept(name)) {
                super.setDateHeader(name, date);
            }
        }

        @Override
        public void addDateHeader(String name, long date) {
            if (!kept(name)) {
                super.addDateHeader(name, date);
            }
        }

        private static boolean kept(String name) {
            return CACHE_CONTROL.equalsIgnoreCase(name) || "Expires".equalsIgnoreCase(name);
        }
    }
}
