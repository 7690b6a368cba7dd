package org.factdesk.browser;

import java.net.URL;
import java.util.UUID;
import org.factdesk.security.DeskSteps;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/** The main pages of every role pass axe-core with no serious or critical violation. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccessibilityIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.factdesk();
    }

    @ArquillianResource
    URL base;

    @Test
    void publicPagesAndLogin() {
        try (var browser = new Browser(base)) {
            browser.open("factcheck/index.xhtml");
            browser.assertAccessible();
            browser.open("login.xhtml");
            browser.assertAccessible();
            browser.openErrorPage("factcheck/claim.xhtml?id=999999", 404);
            browser.assertAccessible();
        }
    }

    @Test
    void publishedClaimAndArticlePages() {
        var published = new DeskSteps(base).publishOneClaim("Accessible Outlet " + UUID.randomUUID(), "HALF_TRUE",
                "The budget plan lists 12 new schools by 2027, so the figure of 40 counts planned and built schools together.",
                "https://example.org/budget-plan");
        try (var browser = new Browser(base)) {
            browser.open("factcheck/claim.xhtml?id=" + published.claimId());
            browser.waitFor(By.id("verdict"));
            browser.assertAccessible();
            browser.open("factcheck/article.xhtml?id=" + published.articleId());
            browser.waitFor(By.id("verdicts"));
            browser.assertAccessible();
        }
    }

    @Test
    void journalistPages() {
        try (var browser = new Browser(base)) {
            browser.login("jane", Browser.DEMO_PASSWORD);
            for (var page : new String[]{"review/mine.xhtml", "article/list.xhtml", "article/ingest.xhtml", "article/import.xhtml",
                    "notifications.xhtml", "profile.xhtml", "search.xhtml?q=Putin"}) {
                browser.open(page);
                browser.assertAccessible();
            }
            browser.open("review/mine.xhtml");
            browser.click(By.cssSelector("#queues\\:pool tbody tr:first-child a"));
            browser.waitFor(By.id("highlight"));
            browser.assertAccessible();
            browser.click(By.cssSelector("#claimSummary a, .claim-summary dd a"));
            browser.waitFor(By.id("claims:claimTable"));
            browser.assertAccessible();
        }
    }

    @Test
    void deskChiefAndAdminPages() {
        try (var browser = new Browser(base)) {
            browser.login("dana", Browser.DEMO_PASSWORD);
            for (var page : new String[]{"approval/queue.xhtml", "approval/assign.xhtml"}) {
                browser.open(page);
                browser.assertAccessible();
            }
            browser.logout();
            browser.login("alex", Browser.DEMO_PASSWORD);
            browser.open("admin/reports.xhtml");
            browser.waitFor(By.cssSelector("#reports\\:verdictChart canvas"));
            browser.assertAccessible();
            for (var page : new String[]{"admin/users.xhtml", "admin/newuser.xhtml", "admin/outlets.xhtml", "admin/rating.xhtml",
                    "admin/tokens.xhtml", "admin/newsroom.xhtml"}) {
                browser.open(page);
                browser.assertAccessible();
            }
        }
    }
}
