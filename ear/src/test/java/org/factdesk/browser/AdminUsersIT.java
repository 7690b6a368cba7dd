package org.factdesk.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

/** An admin opens an account that can then log in, and closes it again so that it can no longer log in. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AdminUsersIT {

    private static final String PASSWORD = "harbour-lights-7";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.factdesk();
    }

    @ArquillianResource
    URL base;

    @Test
    void aNewUserLogsInUntilAnAdminDeactivatesTheAccount() {
        var username = "reporter-" + UUID.randomUUID().toString().substring(0, 8);
        try (var browser = new Browser(base)) {
            browser.login("alex", Browser.DEMO_PASSWORD);
            browser.click(By.id("navUsers"));
            browser.waitFor(By.id("list:users"));
            browser.click(By.id("newUser"));
            browser.click(By.id("create:submit"));
            browser.waitForText(By.id("create"), "Enter a username.");
            assertTrue(browser.text(By.id("create")).contains("Choose at least one role."));

            browser.type(By.id("create:username"), username);
            browser.type(By.id("create:displayName"), "Rita Reporter");
            browser.type(By.id("create:password"), "short");
            browser.click(By.cssSelector("label[for='create:roles:0']"));
            browser.click(By.id("create:submit"));
            browser.waitForText(By.id("messages"), "at least 8 characters");
            browser.type(By.id("create:password"), PASSWORD);
            browser.click(By.id("create:submit"));
            browser.waitForText(By.id("messages"), "Account " + username + " created.");
            var accountPage = browser.currentUrl();
            assertEquals("Active", browser.text(By.id("status")));
            assertTrue(browser.text(By.id("history")).contains("Account created"));
            browser.screenshot("admin-users-1-created");
            browser.logout();

            browser.login(username, PASSWORD);
            assertEquals("Rita Reporter", browser.text(By.id("who")));
            browser.waitFor(By.id("navMyClaims"));
            browser.logout();

            browser.login("alex", Browser.DEMO_PASSWORD);
            browser.open(accountPage.substring(base.toString().length()));
            browser.click(By.id("access:deactivate"));
            browser.confirm();
            browser.waitForText(By.id("messages"), "Account " + username + " deactivated.");
            assertEquals("Deactivated", browser.text(By.id("status")));
            assertTrue(browser.text(By.id("history")).contains("Account deactivated"));
            browser.waitFor(By.id("access:reactivate"));
            browser.screenshot("admin-users-2-deactivated");
            browser.logout();

            browser.open("login.xhtml");
            browser.type(By.id("login:username"), username);
            browser.type(By.id("login:password"), PASSWORD);
            browser.click(By.id("login:submit"));
            browser.waitForText(By.id("messages"), "Wrong username or password, or the account is deactivated.");
            assertTrue(browser.all(By.id("who")).isEmpty(), "not logged in");
        }
    }

    @Test
    void anAdminCannotDeactivateThemselvesAndSeesTheOtherAdminPages() {
        try (var browser = new Browser(base)) {
            browser.login("alex", Browser.DEMO_PASSWORD);
            browser.click(By.id("navUsers"));
            browser.click(By.linkText("alex"));
            browser.waitFor(By.id("access:selfHint"));
            assertTrue(browser.all(By.id("access:deactivate")).isEmpty(), "no way to lock oneself out");

            browser.click(By.id("navOutlets"));
            browser.waitFor(By.id("list:outlets"));
            browser.click(By.cssSelector("#list\\:outlets tbody tr a"));
            browser.waitFor(By.id("outlet:name"));
            browser.type(By.id("outlet:name"), "");
            browser.click(By.id("outlet:save"));
            browser.waitForText(By.id("outlet"), "Enter the outlet's name.");

            browser.click(By.id("navRating"));
            browser.waitFor(By.id("scale:steps"));
            assertEquals("Mostly true", browser.waitFor(By.id("scale:steps:1:labelEn")).getAttribute("placeholder"));
            assertEquals("Überwiegend wahr", browser.waitFor(By.id("scale:steps:1:labelDe")).getAttribute("placeholder"));
            browser.screenshot("admin-rating-scale");
        }
    }
}
