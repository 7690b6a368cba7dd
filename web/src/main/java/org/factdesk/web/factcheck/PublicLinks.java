package org.factdesk.web.factcheck;

import org.factdesk.web.shared.ServerSettings;

/** Stable public addresses of fact-checks: they are cited by search engines and other newsrooms, so they never change. */
public final class PublicLinks {

    public static final String ORGANISATION = "Factdesk";

    private PublicLinks() {
    }

    /** The configured public address, never the request's Host header. */
    static String base() {
        return ServerSettings.current().publicUrl();
    }

    static String claim(long claimId) {
        return claim(base(), claimId);
    }

    static String article(long articleId) {
        return article(base(), articleId);
    }

    /** @param base the application's root address, ending with a slash */
    public static String claim(String base, long claimId) {
        return base + "factcheck/claim.xhtml?id=" + claimId;
    }

    public static String article(String base, long articleId) {
        return base + "factcheck/article.xhtml?id=" + articleId;
    }
}
