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
import org.openqa.selenium.Keys;

/**
 * Search from the box in the page header: the story just ingested is found by a word in it, the word is marked in
 * the hit, markup in the story's own text stays text, and the outlet facet narrows the hits.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SearchJourneyIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.factdesk();
    }

    @ArquillianResource
    URL base;

    @Test
    void aStoryIsFoundFromTheHeaderBoxWithItsWordMarkedAndNarrowedByOutlet() {
        var word = "Zorvath" + UUID.randomUUID().toString().replaceAll("[^a-f]", "");
        var outlet = "Search Herald " + UUID.randomUUID();
        try (var browser = new Browser(base)) {
            var articleId = Journeys.ingest(browser, outlet, "Harbour bridge reopens\n\nThe mayor said the " + word
                    + " bridge carried <b>12,000 cars</b> a day before it closed in March.\n\n\"We will reopen the " + word
                    + " bridge by June,\" the mayor told the city council on Tuesday.\n");

            browser.type(By.id("headerSearch"), word + Keys.ENTER);
            browser.waitFor(By.id("hits"));
            var article = browser.waitFor(By.cssSelector("#hits .hit-ARTICLE"));
            assertTrue(article.findElement(By.cssSelector("a.hit-title")).getAttribute("href").endsWith("article/view.xhtml?id=" + articleId));
            assertTrue(browser.all(By.cssSelector("#hits mark")).stream().anyMatch(m -> m.getText().equalsIgnoreCase(word)),
                    "the searched word is marked in the hit");
            assertTrue(article.getText().contains("<b>12,000 cars</b>"), "the story's own markup is shown as text: " + article.getText());
            assertEquals(0, browser.all(By.cssSelector("#hits .excerpt b")).size(), "and never rendered as markup");
            browser.screenshot("search-1-hits");

            browser.click(By.cssSelector("#facet-outlet a[data-value='" + outlet + "']"));
            browser.waitForUrlContaining("outlet=");
            assertTrue(browser.text(By.cssSelector("#facet-outlet li.chosen")).contains(outlet));
            assertTrue(browser.all(By.cssSelector("#hits .hit")).size() >= 1);
            browser.all(By.cssSelector("#hits .hit")).forEach(hit -> assertTrue(hit.getText().contains(outlet), hit.getText()));

            browser.click(By.cssSelector("#facet-kind a[data-value='CLAIM']"));
            browser.waitForUrlContaining("kind=CLAIM");
            browser.all(By.cssSelector("#hits .hit")).forEach(hit -> assertTrue(hit.getAttribute("class").contains("hit-CLAIM")));
            browser.screenshot("search-2-facets");
        }
    }
}
