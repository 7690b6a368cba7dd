package org.factdesk.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;
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
 * A claim far down a long article opens scrolled into view inside the article, on the screen, with the page's
 * summary in place.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ClaimInArticleIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.factdesk();
    }

    @ArquillianResource
    URL base;

    @Test
    void aClaimFarDownItsArticleIsScrolledIntoViewInsideTheArticle() {
        var town = "Q" + UUID.randomUUID().toString().replaceAll("[^a-f]", "");
        var text = new StringBuilder("Council year in review\n\n");
        String[] subjects = {"roads", "schools", "parks", "libraries", "buses", "markets", "bridges", "pools"};
        String[] seasons = {"spring", "summer", "autumn", "winter", "holidays"};
        for (var subject : subjects) {
            for (var season : seasons) {
                text.append("The long report on ").append(town).append(" looks back on its ").append(subject)
                        .append(" in the ").append(season).append(", as residents remember them.\n\n");
            }
        }
        var last = "The council of " + town + " said on Friday it had spent 14.2 million euros on road repairs in 2025.";
        text.append(last).append("\n\n");
        for (var subject : subjects) {
            text.append("Next year the report on ").append(town).append(" will look at its ").append(subject)
                    .append(" again, the editors wrote.\n\n");
        }
        try (var browser = new Browser(base)) {
            Journeys.ingest(browser, "Long Report Weekly " + UUID.randomUUID(), text.toString());
            // the claims are listed in the order of the text, so the last one is on the table's last page
            browser.all(By.cssSelector("#claims\\:claimTable .ui-paginator-last:not(.ui-state-disabled)"))
                    .stream().findFirst().ifPresent(lastPage -> lastPage.click());
            browser.waitForText(By.id("claims:claimTable"), "14.2 million euros");
            browser.all(By.cssSelector("#claims\\:claimTable tbody tr a")).stream()
                    .filter(link -> link.getText().contains("14.2 million euros")).findFirst()
                    .orElseThrow(() -> new AssertionError("the road repairs are a claim")).click();
            browser.waitFor(By.id("highlight"));
            assertEquals(last, browser.text(By.id("highlight")));
            assertEquals(List.of(), browser.settle(), "the page loads without a script error");

            var where = browser.evaluate("""
                    var box = document.getElementById('articleText');
                    var outer = box.getBoundingClientRect();
                    var mark = document.getElementById('highlight').getBoundingClientRect();
                    return [box.scrollTop, outer.top, outer.bottom, mark.top, mark.bottom, window.innerHeight]
                        .map(Math.round).join(' ');""").toString().split(" ");
            var scrollTop = Long.parseLong(where[0]);
            var boxTop = Long.parseLong(where[1]);
            var boxBottom = Long.parseLong(where[2]);
            var markTop = Long.parseLong(where[3]);
            var markBottom = Long.parseLong(where[4]);
            var viewport = Long.parseLong(where[5]);
            var seen = String.join(" ", where);
            assertTrue(scrollTop > 0, "the article is scrolled to the claim: " + seen);
            assertTrue(markTop >= boxTop && markBottom <= boxBottom, "the claim is inside the article's box: " + seen);
            assertTrue(markBottom <= viewport, "and on the screen: " + seen);
            assertEquals(0L, ((Number) browser.evaluate("return Math.round(window.scrollY);")).longValue(),
                    "the page itself stays at its top, with the claim's summary");
            browser.screenshot("claim-in-article-1-scrolled");
        }
    }
}
