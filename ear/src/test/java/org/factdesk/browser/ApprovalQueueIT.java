package org.factdesk.browser;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Four eyes in the approval queue: a desk chief's own review is marked there as one another desk chief decides, and
 * the other desk chief sees it unmarked; until a decision the article page says when Publish appears.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApprovalQueueIT {

    private static final String YOURS = "Yours: another desk chief decides";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.factdesk();
    }

    @ArquillianResource
    URL base;

    @Test
    void aDeskChiefsOwnReviewIsMarkedInHerQueueAndNotInAnothers() {
        var mayor = "Mayor Q" + UUID.randomUUID().toString().replaceAll("[^a-f]", "");
        try (var browser = new Browser(base)) {
            var articleId = Journeys.ingest(browser, "Queue Courier " + UUID.randomUUID(), "Tram line approved\n\n"
                    + mayor + " said on Monday the new tram line would carry 30,000 passengers a day from 2028.\n\n"
                    + "\"The line will cost 410 million euros,\" " + mayor + " told the council.\n");
            browser.logout();

            browser.login("dana", Browser.DEMO_PASSWORD);
            browser.open("article/view.xhtml?id=" + articleId);
            var claimLink = browser.all(By.cssSelector("#claims\\:claimTable tbody tr a")).get(0);
            var claimText = claimLink.getText();
            claimLink.click();
            Journeys.submitReview(browser, "Mostly true", "The council papers give 28,000 passengers a day from 2028.",
                    "https://example.org/tram-papers");

            browser.open("article/view.xhtml?id=" + articleId);
            browser.waitForText(By.id("articleState"), "Awaiting approval");
            assertTrue(browser.all(By.id("actions:publish")).isEmpty(), "nothing to publish before a decision");
            assertTrue(browser.text(By.id("actions:publishWhen")).startsWith("Publish appears here once a review"),
                    "the page says when it can be published");

            browser.open("approval/queue.xhtml");
            var own = row(browser, claimText);
            assertTrue(own.getText().contains(YOURS), "dana's own review is marked: " + own.getText());
            browser.screenshot("approval-queue-1-own-review");
            browser.logout();

            browser.login("ravi", Browser.DEMO_PASSWORD);
            browser.open("approval/queue.xhtml");
            var others = row(browser, claimText);
            assertTrue(others.getText().contains("Dana Chen"), others.getText());
            assertFalse(others.getText().contains(YOURS), "ravi decides on it: " + others.getText());
        }
    }

    /** The claim's row, on whichever page of the queue it is: other tests leave reviews waiting too. */
    private static WebElement row(Browser browser, String claimText) {
        browser.waitFor(By.id("queue:reviews"));
        for (var page = 1; ; page++) {
            var found = browser.all(By.cssSelector("#queue\\:reviews tbody tr")).stream()
                    .filter(r -> r.getText().contains(claimText)).findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            var next = browser.all(By.cssSelector("#queue\\:reviews .ui-paginator-next:not(.ui-state-disabled)"));
            if (next.isEmpty()) {
                throw new AssertionError("in the queue: " + claimText);
            }
            next.get(0).click();
            browser.waitForText(By.cssSelector("#queue\\:reviews .ui-paginator-page.ui-state-active"), String.valueOf(page + 1));
        }
    }
}
