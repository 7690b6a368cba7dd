package org.factdesk.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
 * The article page lists each line cleaning cut with why, counts the cuts per reason, and puts a line back into the
 * text after a confirmation, in the reader's language.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RemovedLinesPageIT {

    private static final String NEWSLETTER = "Sign up for our morning newsletter";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.factdesk();
    }

    @ArquillianResource
    URL base;

    @Test
    void eachCutLineShowsWhyAndOneIsPutBackAfterAConfirmation() {
        var town = "Q" + UUID.randomUUID().toString().replaceAll("[^a-f]", "");
        try (var browser = new Browser(base)) {
            var articleId = Journeys.ingest(browser, "Removed Lines Gazette " + UUID.randomUUID(),
                    "Share this article\nFacebook | Twitter | Email\n\nHarbour bridge reopens after repairs\n\n"
                            + "The mayor of " + town + " said on Tuesday the bridge carried 12,000 cars a day before it"
                            + " closed in March.\n\n\"We will reopen the bridge by June,\" the mayor told the city"
                            + " council.\n\nEngineers found cracks in two of its piers last winter.\n\nWe use cookies to"
                            + " improve your experience. By continuing you accept our cookie policy.\n\n" + NEWSLETTER + "\n");
            browser.click(By.cssSelector("#removed summary"));
            assertEquals("Share and print buttons: 2 · Cookie or consent notice: 1 · Newsletter or subscription prompt: 1",
                    browser.text(By.id("removedByReason")));
            assertEquals("Newsletter or subscription prompt", reasonOf(row(browser, NEWSLETTER)));
            assertEquals("Share and print buttons", reasonOf(row(browser, "Facebook | Twitter | Email")));
            assertFalse(browser.text(By.id("cleanedText")).contains(NEWSLETTER));

            row(browser, NEWSLETTER).findElement(By.cssSelector("button.restore-button")).click();
            browser.confirm();
            browser.waitForText(By.id("messages"), "restored");
            assertTrue(browser.currentUrl().contains("id=" + articleId), browser.currentUrl());
            assertTrue(browser.text(By.id("cleanedText")).contains(NEWSLETTER), "the line is back in the text");
            browser.click(By.cssSelector("#removed summary"));
            assertTrue(browser.all(By.cssSelector("#restore\\:lines tbody tr")).stream()
                    .noneMatch(r -> r.getText().contains(NEWSLETTER)), "and no longer listed as cut");
            assertTrue(browser.text(By.id("removedByReason")).startsWith("Share and print buttons: 2"));
            browser.screenshot("removed-lines-1-restored");
        }
    }

    private static WebElement row(Browser browser, String line) {
        return browser.all(By.cssSelector("#restore\\:lines tbody tr")).stream()
                .filter(r -> r.getText().contains(line)).findFirst()
                .orElseThrow(() -> new AssertionError("listed as cut: " + line));
    }

    private static String reasonOf(WebElement row) {
        return row.findElement(By.cssSelector("td.removed-reason")).getText();
    }
}
