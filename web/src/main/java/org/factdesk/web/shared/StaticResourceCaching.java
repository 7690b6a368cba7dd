package org.factdesk.web.shared;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * How long browsers keep stylesheets, scripts, fonts and pictures. An address with a version ({@code v=}: PrimeFaces'
 * own release, or {@link StaticResources#getVersion()} for Factdesk's) names content that never changes, so it is kept
 * for a year without asking again; any other address is asked about each time. PrimeFaces' dynamic content
 * ({@code pfdrid}) changes under one address and is never cached this way. The server compresses the same addresses
 * (the gzip filter in {@code src/wildfly/factdesk.cli}).
 */
@WebFilter(filterName = "StaticResourceCaching", urlPatterns = {"/jakarta.faces.resource/*", "/resources/*"})
public class StaticResourceCaching extends HttpFilter {

    private static final long serialVersionUID = 1L;

    public static final String IMMUTABLE = "public, max-age=31536000, immutable";
    static final String REVALIDATE = "no-cache";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        var versioned = request.getParameter("v") != null && request.getParameter("pfdrid") == null;
        response.setHeader("Cache-Control", versioned ? IMMUTABLE : REVALIDATE);
        chain.doFilter(request, response);
    }
}
