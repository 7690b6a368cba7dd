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

/**
 * A journalist corrects the engine in the browser: fixes a misspelt speaker on every claim that names him and still
 * sees the engine's spelling, dismisses a claim with a reason after a confirmation, and adds a claim the engine
 * missed by selecting its words in the article.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ClaimCorrectionPageIT {

    private static final String MISSED = "The talks lasted well into the night";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.factdesk();
    }

    @ArquillianResource
    URL base;

    @Test
    void aMisspeltSpeakerIsFixedAClaimDismissedAndAMissedOneAddedFromASelection() {
        var place = "Q" + UUID.randomUUID().toString().replaceAll("[^a-f]", "");
        try (var browser = new Browser(base)) {
            var articleId = Journeys.ingest(browser, "Correction Gazette " + UUID.randomUUID(),
                    "Pipeline deal signed in " + place + "\n\n\"We will deliver 50 billion cubic metres of gas a year,\""
                            + " Vladmir Puttin told reporters in " + place + " on Tuesday.\n\nVladmir Puttin said the"
                            + " pipeline would cost 55 billion dollars and open in 2029.\n\nOpposition leaders said the price was"
                            + " far too high for the region.\n\n" + MISSED + ".\n");
            var credited = rowsSpokenBy(browser, "Vladmir Puttin");
            assertTrue(credited.size() >= 2, "two claims credited to the misspelt name");
            assertTrue(browser.text(By.id("cleanedText")).contains(MISSED));
            assertTrue(browser.text(By.id("claims:claimTable")).indexOf(MISSED) < 0, "a sentence the engine did not take");

            credited.get(0).findElement(By.tagName("a")).click();
            browser.click(By.cssSelector("#correction summary"));
            browser.retype(By.id("correct:speaker"), "Vladimir Putin");
            browser.click(By.cssSelector("[id='correct:everySpelling'] .ui-chkbox-box"));
            browser.click(By.id("correct:save"));
            browser.waitForText(By.id("messages"), (credited.size() - 1) + " other claims of the article took the new spelling");
            assertEquals("Vladimir Putin", browser.text(By.id("claimSpeaker")));
            assertEquals("Vladmir Puttin", browser.text(By.id("engineSpeaker")), "the engine's spelling stays visible");

            browser.click(By.cssSelector("#dismissal summary"));
            browser.type(By.id("dismiss:reason"), "The same quote as the next claim");
            browser.click(By.id("dismiss:dismissClaim"));
            browser.confirm();
            browser.waitForText(By.id("messages"), "Claim dismissed");
            assertEquals("The same quote as the next claim", browser.text(By.id("dismissalReason")));
            assertTrue(browser.all(By.id("start:startReview")).isEmpty(), "nobody starts a review of a dismissed claim");

            browser.open("article/view.xhtml?id=" + articleId);
            assertTrue(browser.text(By.id("claims:claimTable")).contains("Dismissed"));
            assertTrue(rowsSpokenBy(browser, "Vladmir Puttin").isEmpty(), "every claim takes the new spelling");
            assertEquals(credited.size(), rowsSpokenBy(browser, "Vladimir Putin").size());
            browser.evaluate("var box = document.getElementById('cleanedText'); var node = box.firstChild;"
                    + " var at = node.textContent.indexOf(arguments[0]); var range = document.createRange();"
                    + " range.setStart(node, at); range.setEnd(node, at + arguments[0].length);"
                    + " var selection = window.getSelection(); selection.removeAllRanges(); selection.addRange(range);"
                    + " box.dispatchEvent(new MouseEvent('mouseup', {bubbles: true}));", MISSED);
            assertEquals(MISSED, browser.valueOf("addClaim:words"), "the selection fills the claim's words");
            browser.type(By.id("addClaim:speaker"), "Opposition leaders");
            browser.click(By.id("addClaim:add"));
            browser.waitForText(By.id("messages"), "Claim added");
            assertEquals(MISSED, browser.text(By.id("claimText")));
            assertEquals("Opposition leaders", browser.text(By.id("claimSpeaker")));
            assertTrue(browser.text(By.id("addedByDesk")).contains("The desk added this claim"));
            browser.assertNoJavaScriptErrors();
            browser.screenshot("claim-correction-1-added");
        }
    }

    /** The rows of the article's claims table whose speaker column names this speaker. */
    private static java.util.List<org.openqa.selenium.WebElement> rowsSpokenBy(Browser browser, String speaker) {
        return browser.all(By.cssSelector("#claims\\:claimTable tbody tr")).stream()
                .filter(row -> row.findElements(By.cssSelector("td:nth-child(3)")).stream()
                        .anyMatch(cell -> cell.getText().equals(speaker)))
                .toList();
    }
}
