package org.factdesk.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URL;
import java.nio.file.Files;
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

/**
 * A story ingested through the API is reviewed, approved and published on the pages; then anyone can read the
 * fact-check through the public API, as the very ClaimReview its page embeds.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PublicClaimReviewApiIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.factdesk();
    }

    @ArquillianResource
    URL base;

    @Test
    void thePublicApiServesThePagesClaimReviewWithoutLogin() throws IOException {
        var api = new ApiClient(base);
        var story = Json.createObjectBuilder().add("outlet", "Public API Outlet " + UUID.randomUUID())
                .add("url", "https://example.org/" + UUID.randomUUID()).add("fileName", "putin-kim.txt")
                .add("text", Files.readString(Deployments.seed("002_12d57e7f6210e6f8.txt").toPath())).build();
        var ingested = api.postJson("api/articles", ApiClient.staff("jane"), story.toString());
        assertEquals(201, ingested.status(), ingested.body());
        var articleId = ingested.json().getJsonNumber("articleId").longValue();
        var claim = api.get("api/articles/" + articleId, ApiClient.staff("jane")).json().getJsonArray("claims")
                .getValuesAs(JsonObject.class).stream()
                .filter(c -> "Vladimir Putin".equals(c.getString("speaker", null)) && c.getString("kind").equals("DIRECT_QUOTE"))
                .findFirst().orElseThrow(() -> new AssertionError("no direct quote by Vladimir Putin was extracted"));
        var claimId = claim.getJsonNumber("id").longValue();
        assertEquals(404, api.get("api/public/claims/" + claimId, null).status(), "not public before publication");

        try (var browser = new Browser(base)) {
            browser.login("jane", Browser.DEMO_PASSWORD);
            browser.open("review/claim.xhtml?id=" + claimId);
            browser.click(By.id("start:startReview"));
            browser.waitFor(By.id("review:rationale"));
            browser.choose("review:verdict", "Mostly true");
            browser.type(By.id("review:rationale"), "The Kremlin transcript of the Vostochny meeting records these words;"
                    + " the video confirms them apart from a translation slip.");
            browser.type(By.id("review:evidence:0:url"), "https://example.org/kremlin-transcript");
            browser.select(By.id("review:evidence:0:type"), "Official statement");
            browser.select(By.id("review:evidence:0:stance"), "supports the claim");
            browser.type(By.id("review:evidence:0:title"), "Kremlin transcript");
            browser.click(By.id("review:saveDraft"));
            browser.waitForText(By.id("messages"), "Draft saved");
            browser.click(By.id("review:submit"));
            browser.waitForText(By.id("reviewState"), "Submitted");
            browser.logout();

            browser.login("dana", Browser.DEMO_PASSWORD);
            browser.waitFor(By.id("queue:reviews"));
            browser.click(By.linkText(claim.getString("text")));
            browser.waitForText(By.id("verdictText"), "Mostly true");
            browser.click(By.id("decide:approve"));
            browser.confirm();
            browser.waitForText(By.id("messages"), "Review approved");
            browser.open("article/view.xhtml?id=" + articleId);
            browser.click(By.id("actions:publish"));
            browser.confirm();
            browser.waitForText(By.id("articleState"), "Published");
            browser.logout();

            browser.open("factcheck/claim.xhtml?id=" + claimId);
            browser.waitFor(By.id("verdict"));
            var pageJsonLd = Json.createReader(new StringReader(browser.scriptContents("application/ld+json").get(0))).readObject();

            var fromApi = api.get("api/public/claims/" + claimId, null);
            assertEquals(200, fromApi.status(), fromApi.body());
            assertEquals(pageJsonLd, fromApi.json(), "the API serves exactly the page's ClaimReview");
            assertEquals("ClaimReview", fromApi.json().getString("@type"));
            assertEquals(4, fromApi.json().getJsonObject("reviewRating").getInt("ratingValue"));

            var latest = api.get("api/public/factchecks", null).array().getValuesAs(JsonObject.class).stream()
                    .filter(f -> f.getJsonNumber("articleId").longValue() == articleId).findFirst().orElseThrow();
            var verdict = latest.getJsonArray("claims").getValuesAs(JsonObject.class).stream()
                    .filter(c -> c.getJsonNumber("claimId").longValue() == claimId).findFirst().orElseThrow();
            assertEquals("MOSTLY_TRUE", verdict.getString("verdict"));
            assertEquals(pageJsonLd.getString("url"), verdict.getString("page"));
            assertTrue(verdict.getString("claimReview").endsWith("/api/public/claims/" + claimId));
        }
    }
}
