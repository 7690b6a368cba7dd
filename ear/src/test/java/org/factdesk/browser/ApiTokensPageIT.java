package org.factdesk.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.UUID;
import org.factdesk.api.ApiClient;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/** An admin issues a token, sees it once, a client uses it, and revoking it shuts the client out. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApiTokensPageIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.factdesk();
    }

    @ArquillianResource
    URL base;

    @Test
    void anIssuedTokenIsShownOnceWorksForItsUserAndStopsWhenRevoked() {
        var api = new ApiClient(base);
        var label = "Wire robot " + UUID.randomUUID();
        String token;
        try (var browser = new Browser(base)) {
            browser.login("alex", Browser.DEMO_PASSWORD);
            browser.click(By.id("navTokens"));
            browser.type(By.id("issue:user_input"), "ravi");
            // as a person would: pick the suggestion, so its panel does not cover the form when the answer comes late
            browser.click(By.cssSelector("[id='issue:user_panel'] li[data-item-value='ravi']"));
            browser.type(By.id("issue:label"), label);
            browser.click(By.id("issue:submit"));
            browser.waitForText(By.id("messages"), "issued for ravi");
            token = browser.waitFor(By.id("secret:newToken")).getAttribute("value");
            assertTrue(token.startsWith("fdk_"), token);
            browser.screenshot("tokens-1-issued");

            assertEquals(200, api.get("api/reviews/awaiting-decision", ApiClient.bearer(token)).status(),
                    "the token acts as ravi, a desk chief");

            browser.open("admin/tokens.xhtml");
            browser.waitFor(By.id("list:tokens"));
            assertTrue(browser.all(By.id("secret:newToken")).isEmpty(), "the secret is never shown again");
            var row = browser.all(By.cssSelector("#list\\:tokens tbody tr")).stream()
                    .filter(r -> r.getText().contains(label)).findFirst().orElseThrow();
            assertTrue(row.getText().contains(token.substring(0, 12)), "listed by its first characters");
            assertTrue(row.getText().contains("Active"), row.getText());
            row.findElement(By.cssSelector("button[id$=':revoke']")).click();
            browser.confirm();
            browser.waitForText(By.id("messages"), "revoked");
            var revoked = browser.all(By.cssSelector("#list\\:tokens tbody tr")).stream()
                    .filter(r -> r.getText().contains(label)).findFirst().orElseThrow();
            assertTrue(revoked.getText().contains("Revoked"), revoked.getText());
            browser.screenshot("tokens-2-revoked");
        }
        assertEquals(401, api.get("api/reviews/awaiting-decision", ApiClient.bearer(token)).status(),
                "a revoked token is refused at once");
    }
}
