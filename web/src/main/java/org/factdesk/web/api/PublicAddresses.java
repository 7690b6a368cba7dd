package org.factdesk.web.api;

import jakarta.enterprise.context.ApplicationScoped;
import org.factdesk.web.factcheck.PublicLinks;
import org.factdesk.web.shared.ServerSettings;

/** The public addresses of fact-checks, on the configured public address: the same ones the pages use. */
@ApplicationScoped
public class PublicAddresses {

    /** The application's configured root, e.g. {@code https://factdesk.example.org/}; never the request's Host header. */
    String base() {
        return ServerSettings.current().publicUrl();
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
