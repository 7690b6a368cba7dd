package org.factdesk.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.factdesk.web.factcheck.PublicLinks;

/** The public addresses of fact-checks, as seen from the current request: the same ones the pages use. */
@RequestScoped
public class PublicAddresses {

    @Inject
    HttpServletRequest request;

    /** The application's root, e.g. {@code https://factdesk.example.org/}. */
    String base() {
        var url = request.getRequestURL();
        var domain = url.substring(0, url.length() - request.getRequestURI().length());
        return domain + request.getContextPath() + "/";
    }

    String claimPage(long claimId) {
        return PublicLinks.claim(base(), claimId);
    }

    String articlePage(long articleId) {
        return PublicLinks.article(base(), articleId);
    }

    String claimReview(long claimId) {
        return base() + "api/public/claims/" + claimId;
    }
}
