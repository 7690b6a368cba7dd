package org.factdesk.web.factcheck;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.factdesk.newsroom.boundary.NewsroomService;
import org.factdesk.web.shared.StaticResourceCaching;

/**
 * /factcheck/logo?v=: the newsroom's logo, for the public pages' header and the ClaimReview author. Its address
 * carries the newsroom's version, so it is cached for a year under that address and a new logo gets a new one.
 */
@WebServlet(PublicLinks.LOGO_PATH_FROM_ROOT)
public class NewsroomLogoServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    NewsroomService newsroom;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        var logo = newsroom.logo();
        if (logo.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        var picture = logo.get();
        var current = String.valueOf(picture.version()).equals(request.getParameter("v"));
        response.setHeader("Cache-Control", current ? StaticResourceCaching.IMMUTABLE : "no-cache");
        response.setContentType(picture.contentType());
        var bytes = picture.bytes();
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }
}
