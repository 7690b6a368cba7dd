package org.factdesk.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * A published verdict is corrected and later retracted: the public claim page shows the correction with the old
 * verdict and a ClaimReview whose dateModified moved; the review's history shows the verdict and rationale diff;
 * after the retraction the same public address answers 200 with the notice and no ClaimReview.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CorrectionJourneyIT {

    private static final String NOTE = "We misread the budget table: the 12 schools are renovations.";
    private static final String REASON = "The budget document we relied on turned out to be a forgery.";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.factdesk();
    }

    @ArquillianResource
    URL base;

    @Test
    void aCorrectedVerdictIsShownWithItsHistoryAndARetractionKeepsTheAddressAlive() throws Exception {
        Journeys.Published published;
        try (var browser = new Browser(base)) {
            published = Journeys.publishOneClaim(browser, "Correction Daily " + UUID.randomUUID());
            var publicClaim = "factcheck/claim.xhtml?id=" + published.claimId();
            browser.open(publicClaim);
            var before = jsonLd(browser);
            assertEquals("Mostly true", before.getJsonObject("reviewRating").getString("alternateName"));

            browser.open("article/view.xhtml?id=" + published.articleId());
            browser.click(By.linkText("Correct"));
            browser.waitFor(By.id("correction:note"));
            browser.choose("correction:verdict", "False");
            browser.type(By.id("correction:rationale"), "The budget plan funds no new schools; the 12 it lists are renovations.");
            browser.type(By.id("correction:note"), NOTE);
            browser.click(By.id("correction:publishCorrection"));
            browser.confirm();
            browser.waitForText(By.id("messages"), "Correction published");
            assertEquals("Corrected", browser.text(By.id("publicationStatus")));

            browser.open(publicClaim);
            assertEquals("False", browser.text(By.id("verdict")));
            var log = browser.text(By.id("corrections"));
            assertTrue(log.contains(NOTE), log);
            assertTrue(log.contains("Mostly true"), "the previous verdict stays visible: " + log);
            var after = jsonLd(browser);
            assertEquals("False", after.getJsonObject("reviewRating").getString("alternateName"));
            assertEquals(1, after.getJsonObject("reviewRating").getInt("ratingValue"));
            assertTrue(Instant.parse(after.getString("dateModified")).isAfter(Instant.parse(before.getString("dateModified"))),
                    "dateModified moves with the correction");
            browser.screenshot("correction-1-public");

            browser.open("review/claim.xhtml?id=" + published.claimId());
            browser.click(By.cssSelector("#reviewHistory\\:panel legend"));
            browser.waitFor(By.id("reviewHistory:diff"));
            assertEquals("Mostly true", browser.text(By.cssSelector("#verdictDiff del")));
            assertEquals("False", browser.text(By.cssSelector("#verdictDiff ins")));
            assertTrue(browser.all(By.cssSelector("#rationaleDiff ins")).stream().anyMatch(e -> e.getText().contains("renovations")));
            browser.screenshot("correction-2-history");

            browser.open("article/view.xhtml?id=" + published.articleId());
            browser.click(By.id("publicationActions:retract"));
            browser.type(By.id("retractForm:reason"), REASON);
            browser.click(By.id("retractForm:confirmRetract"));
            browser.confirm();
            browser.waitForText(By.id("publicationStatus"), "Retracted");
            assertTrue(browser.text(By.id("retractionNotice")).contains(REASON));
            browser.click(By.cssSelector("#changes\\:panel legend"));
            browser.waitFor(By.id("changes:changeTable"));
            var changes = browser.text(By.id("changes:changeTable"));
            assertTrue(changes.contains("dana") && changes.contains("Mostly true") && changes.contains("False"),
                    "the audit log names who changed the verdict: " + changes);
            browser.screenshot("correction-4-desk");
            browser.logout();

            browser.open(publicClaim);
            assertTrue(browser.text(By.id("retraction")).contains(REASON));
            assertEquals(0, browser.scriptContents("application/ld+json").size(), "a retracted page carries no ClaimReview");
            browser.screenshot("correction-3-retracted");
        }
        var claimPage = get("factcheck/claim.xhtml?id=" + published.claimId());
        assertEquals(200, claimPage.statusCode());
        assertTrue(claimPage.body().contains(REASON));
        var articlePage = get("factcheck/article.xhtml?id=" + published.articleId());
        assertEquals(200, articlePage.statusCode());
        assertTrue(articlePage.body().contains(REASON));
    }

    private static JsonObject jsonLd(Browser browser) {
        var scripts = browser.scriptContents("application/ld+json");
        assertEquals(1, scripts.size(), "exactly one ClaimReview per page");
        return Json.createReader(new StringReader(scripts.get(0))).readObject();
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + "/" + path)).GET().build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }
}
