package org.factdesk.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.io.StringReader;
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

/**
 * One seed story all the way: a journalist ingests it and reviews a quote, a desk chief approves and publishes,
 * an admin sees it in the reports, and the public page carries the verdict and a parseable ClaimReview.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FactCheckJourneyIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.factdesk();
    }

    @ArquillianResource
    URL base;

    @Test
    void aSeedStoryGoesFromIngestToAPublishedFactCheck() {
        var articleUrl = "https://example.org/putin-kim-" + UUID.randomUUID();
        try (var browser = new Browser(base)) {
            browser.login("jane", Browser.DEMO_PASSWORD);
            browser.open("article/ingest.xhtml");
            // the demo data holds Sputnik India's own copy of this seed: here a second outlet runs the same text
            browser.type(By.id("ingest:outlet"), "Sputnik India Telegram");
            browser.type(By.id("ingest:url"), articleUrl);
            browser.waitFor(By.cssSelector("#ingest input[type=file]"));
            browser.all(By.cssSelector("#ingest input[type=file]")).get(0)
                    .sendKeys(Deployments.seed("002_12d57e7f6210e6f8.txt").getAbsolutePath());
            browser.click(By.id("ingest:submit"));
            browser.waitForText(By.id("outcomes"), "002_12d57e7f6210e6f8.txt");
            assertEquals("", browser.waitFor(By.id("ingest:outlet")).getAttribute("value"),
                    "a stored story leaves the form empty, so the next one is not filed under this outlet");
            assertEquals("", browser.waitFor(By.id("ingest:url")).getAttribute("value"));
            browser.click(By.linkText("Open"));
            browser.waitFor(By.id("claims:claimTable"));
            browser.assertNoJavaScriptErrors();

            var quote = browser.all(By.cssSelector("#claims\\:claimTable tbody tr")).stream()
                    .filter(row -> row.getText().contains("Vladimir Putin") && row.getText().contains("Direct quote"))
                    .findFirst().orElseThrow(() -> new AssertionError("no direct quote by Vladimir Putin was extracted"));
            var link = quote.findElement(By.tagName("a"));
            var claimText = link.getText();
            link.click();
            browser.waitFor(By.id("highlight"));
            assertEquals(claimText, browser.text(By.id("highlight")), "the claim is highlighted in its article");
            assertEquals("Vladimir Putin", browser.text(By.id("claimSpeaker")));

            browser.click(By.id("start:startReview"));
            browser.waitFor(By.id("review:rationale"));
            browser.choose("review:verdict", "Mostly true");
            browser.type(By.id("review:rationale"), "Video of the Vostochny meeting shows Putin saying this; the transcript"
                    + " on kremlin.ru matches apart from a translation slip.");
            browser.type(By.id("review:evidence:0:url"), "https://example.org/kremlin-transcript");
            browser.select(By.id("review:evidence:0:type"), "Official statement");
            browser.select(By.id("review:evidence:0:stance"), "supports the claim");
            browser.type(By.id("review:evidence:0:title"), "Kremlin transcript, 13 September 2023");
            browser.click(By.id("review:saveDraft"));
            browser.waitForText(By.id("messages"), "Draft saved");
            browser.click(By.id("review:submit"));
            browser.waitForText(By.id("reviewState"), "Submitted");
            browser.screenshot("journey-1-submitted");
            browser.logout();

            browser.login("dana", Browser.DEMO_PASSWORD);
            browser.waitFor(By.id("queue:reviews"));
            browser.click(By.linkText(claimText));
            browser.waitForText(By.id("verdictText"), "Mostly true");
            browser.click(By.id("decide:approve"));
            browser.confirm();
            browser.waitForText(By.id("messages"), "Review approved");
            browser.open("article/list.xhtml");
            browser.all(By.cssSelector("#list\\:articles tbody tr")).stream()
                    .filter(row -> row.getText().contains("Sputnik India") && row.getText().contains("Approved"))
                    .findFirst().orElseThrow().findElement(By.tagName("a")).click();
            browser.waitForText(By.id("articleState"), "Approved");
            browser.click(By.id("actions:publish"));
            browser.confirm();
            browser.waitForText(By.id("articleState"), "Published");
            browser.click(By.id("actions:publicPage"));
            browser.waitFor(By.id("verdicts"));
            var publicArticle = browser.currentUrl();
            browser.screenshot("journey-2-published");
            browser.logout();

            browser.login("alex", Browser.DEMO_PASSWORD);
            browser.open("admin/reports.xhtml");
            var published = Integer.parseInt(browser.text(By.cssSelector(".count-PUBLISHED")));
            assertTrue(published >= 1, "the reports count the publication");
            browser.waitFor(By.cssSelector("#reports\\:verdictChart canvas"));
            browser.screenshot("journey-3-reports");
            browser.logout();

            browser.open(publicArticle.substring(base.toString().length()));
            browser.click(By.linkText("Read the fact-check"));
            browser.waitFor(By.id("verdict"));
            assertEquals("Mostly true", browser.text(By.id("verdict")));
            assertEquals(claimText, browser.text(By.id("claimReviewed")));
            var source = browser.text(By.id("sources"));
            assertTrue(source.contains("Kremlin transcript, 13 September 2023") && source.contains("Official statement")
                    && source.contains("supports the claim"), source);
            assertTrue(source.contains("Archived by the server"), "the server archived the source when it was added: " + source);
            var scripts = browser.scriptContents("application/ld+json");
            assertEquals(1, scripts.size(), "exactly one ClaimReview per page");
            var jsonLd = Json.createReader(new StringReader(scripts.get(0))).readObject();
            assertEquals("ClaimReview", jsonLd.getString("@type"));
            assertEquals(claimText, jsonLd.getString("claimReviewed"));
            var rating = jsonLd.getJsonObject("reviewRating");
            assertEquals("Mostly true", rating.getString("alternateName"));
            assertEquals(4, rating.getInt("ratingValue"));
            assertEquals(5, rating.getInt("bestRating"));
            assertEquals(1, rating.getInt("worstRating"));
            assertEquals(articleUrl, jsonLd.getJsonObject("itemReviewed").getJsonArray("appearance").getJsonObject(0).getString("url"));
            assertEquals("Vladimir Putin", jsonLd.getJsonObject("itemReviewed").getJsonObject("author").getString("name"));
            browser.assertAccessible();
            browser.screenshot("journey-4-public");
        }
    }
}
