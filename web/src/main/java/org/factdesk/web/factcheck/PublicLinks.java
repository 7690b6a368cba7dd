package org.factdesk.web.factcheck;

import org.omnifaces.util.Faces;

/** Stable public addresses of fact-checks: they are cited by search engines and other newsrooms, so they never change. */
final class PublicLinks {

    static final String ORGANISATION = "Factdesk";

    private PublicLinks() {
    }

    static String base() {
        return Faces.getRequestBaseURL();
    }

    static String claim(long claimId) {
        return base() + "factcheck/claim.xhtml?id=" + claimId;
    }

    static String article(long articleId) {
        return base() + "factcheck/article.xhtml?id=" + articleId;
    }
}
