package org.factdesk.web.factcheck;

import org.factdesk.newsroom.boundary.NewsroomProfile;
import org.factdesk.publication.boundary.ClaimReviewJsonLd;
import org.factdesk.web.shared.ServerSettings;
import org.omnifaces.util.Faces;

/**
 * Stable public addresses of fact-checks: they are cited by search engines and other newsrooms, so they never
 * change. All of them start with the configured public address, never the request's Host header.
 */
public final class PublicLinks {

    /** Where the newsroom's logo is served ({@link NewsroomLogoServlet}). */
    static final String LOGO_PATH = "factcheck/logo";
    static final String LOGO_PATH_FROM_ROOT = "/" + LOGO_PATH;
    /** 1200 × 630, the size Open Graph and Twitter's large card show without cropping. */
    static final String SHARE_IMAGE = "img/share.png";

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

    static String index() {
        return base() + "factcheck/index.xhtml";
    }

    /** @param base the application's root address, ending with a slash */
    public static String claim(String base, long claimId) {
        return base + "factcheck/claim.xhtml?id=" + claimId;
    }

    public static String article(String base, long articleId) {
        return base + "factcheck/article.xhtml?id=" + articleId;
    }

    /**
     * The picture shown with every page's preview, on the public address: a resource of Factdesk's own, so no preview
     * depends on another site, with the version in its address that changes when the picture does.
     */
    static String shareImage() {
        var resource = Faces.getApplication().getResourceHandler().createResource(SHARE_IMAGE);
        var path = resource.getRequestPath().substring(Faces.getRequestContextPath().length());
        return base() + (path.startsWith("/") ? path.substring(1) : path);
    }

    /** The logo's address, new with every change of the newsroom so that no cache keeps an old logo; null without one. */
    static String logo(NewsroomProfile newsroom) {
        return newsroom.hasLogo() ? base() + LOGO_PATH + "?v=" + newsroom.version() : null;
    }

    /** The newsroom as the ClaimReview author: its own address, or the public pages' address when it set none. */
    public static ClaimReviewJsonLd.Author author(NewsroomProfile newsroom) {
        return new ClaimReviewJsonLd.Author(newsroom.name(), newsroom.url() == null ? base() : newsroom.url(), logo(newsroom));
    }
}
