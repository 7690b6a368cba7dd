package org.factdesk.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Two people at the desk at once: a desk chief assigns a claim, and the journalist's bell counts it up while her
 * page stays open, without a reload. Each user reads the pages in their own language.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DeskCollaborationIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.factdesk();
    }

    @ArquillianResource
    URL base;

    @Test
    void anAssignmentReachesTheJournalistLiveAndLeadsToTheClaim() {
        try (var journalist = new Browser(base); var chief = new Browser(base)) {
            journalist.login("jane", Browser.DEMO_PASSWORD);
            journalist.open("review/mine.xhtml");
            var before = bellCount(journalist);

            chief.login("dana", Browser.DEMO_PASSWORD);
            chief.open("approval/assign.xhtml?show=UNASSIGNED");
            chief.click(By.cssSelector("#assign\\:claims tbody tr:first-child .ui-chkbox-box"));
            chief.choose("assign:assignee", "Jane Miller (" + workloadOf(chief, "Jane Miller") + ")");
            chief.click(By.id("assign:assignSelected"));
            chief.waitForText(By.id("messages"), "1 claim assigned to Jane Miller.");

            journalist.waitForText(By.id("bell:bellLink"), Long.toString(before + 1));
            journalist.assertNoJavaScriptErrors();
            journalist.click(By.id("bell:bellLink"));
            journalist.waitFor(By.id("notifications:list"));
            journalist.click(By.cssSelector("#notifications\\:list tbody tr:first-child a"));
            journalist.waitForUrlContaining("/review/claim.xhtml?id=");
            assertEquals("Jane Miller", journalist.text(By.id("claimAssignee")));
            assertEquals(before, bellCount(journalist), "opening the notification marked it read");
        }
    }

    @Test
    void aJournalistReadsThePagesInTheLanguageSheChose() {
        try (var browser = new Browser(base)) {
            browser.login("omar", Browser.DEMO_PASSWORD);
            browser.open("profile.xhtml");
            browser.choose("language:choice", "Deutsch");
            browser.click(By.id("language:save"));
            browser.waitForText(By.id("messages"), "Sprache gespeichert.");
            browser.open("review/mine.xhtml");
            assertEquals("Meine Aussagen", browser.text(By.id("navMyClaims")));
            assertTrue(browser.text(By.tagName("h1")).contains("Meine Aussagen"));

            browser.open("profile.xhtml");
            browser.choose("language:choice", "English");
            browser.click(By.id("language:save"));
            browser.waitForText(By.id("messages"), "Language saved.");
            assertEquals("My claims", browser.text(By.id("navMyClaims")));
        }
    }

    private static long bellCount(Browser browser) {
        var counts = browser.all(By.id("bell:unread"));
        return counts.isEmpty() ? 0 : Long.parseLong(counts.get(0).getText().strip());
    }

    private static String workloadOf(Browser browser, String name) {
        return browser.all(By.cssSelector("#assign\\:workloads tbody tr")).stream()
                .filter(row -> row.getText().startsWith(name))
                .map(row -> row.findElements(By.tagName("td")).get(1).getText().strip())
                .findFirst().orElseThrow();
    }
}
