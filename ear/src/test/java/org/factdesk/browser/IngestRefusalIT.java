package org.factdesk.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

/** Bad uploads get a clear reason in the page, and nothing is stored. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class IngestRefusalIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.factdesk();
    }

    @ArquillianResource
    URL base;

    @TempDir
    Path files;

    @Test
    void emptyBinaryAndOversizedFilesAreRefusedWithTheirReasonAndNothingIsStored() throws IOException {
        var empty = Files.write(files.resolve("empty.txt"), new byte[0]);
        var binary = Files.write(files.resolve("scan.txt"), new byte[]{0x25, 0x50, 0x44, 0x46, 0, 1, 2, 3, (byte) 0xff, 0, 0x1b});
        var oversized = Files.write(files.resolve("huge.html"), "<p>Too long a page.</p>\n".repeat(300_000).getBytes());

        try (var browser = new Browser(base)) {
            browser.login("jane", Browser.DEMO_PASSWORD);
            var before = articleTotal(browser);
            browser.open("article/ingest.xhtml");
            browser.type(By.id("ingest:outlet"), "Refusal Test Outlet");
            browser.all(By.cssSelector("#ingest input[type=file]")).get(0)
                    .sendKeys(empty + "\n" + binary + "\n" + oversized);
            browser.click(By.id("ingest:submit"));
            browser.waitFor(By.id("outcomes"));

            browser.waitForText(By.id("messages"), "Nothing was stored");
            var results = browser.text(By.id("outcomes"));
            assertTrue(results.contains("empty.txt is empty"), results);
            assertTrue(results.contains("scan.txt is not a text or HTML file"), results);
            assertTrue(results.contains("huge.html is 6.9 MB; the limit is 5 MB per document"), results);
            assertEquals(3, browser.all(By.cssSelector("#outcomes .outcome-REJECTED")).size());
            browser.screenshot("ingest-refusals");
            assertEquals(before, articleTotal(browser));
        }
    }

    @Test
    void anOutletsCopyUploadedAgainIsRefusedWithALinkToTheStoredOne() {
        try (var browser = new Browser(base)) {
            browser.login("jane", Browser.DEMO_PASSWORD);
            var before = articleTotal(browser);
            browser.open("article/ingest.xhtml");
            // the demo data holds Sputnik India's copy of seed 002; the desk files outlets by name in any case
            browser.type(By.id("ingest:outlet"), "sputnik india");
            browser.all(By.cssSelector("#ingest input[type=file]")).get(0)
                    .sendKeys(Deployments.seed("002_12d57e7f6210e6f8.txt").getAbsolutePath());
            browser.click(By.id("ingest:submit"));

            browser.waitForText(By.id("messages"), "Nothing was stored");
            assertTrue(browser.text(By.id("outcomes")).contains(
                    "002_12d57e7f6210e6f8.txt: this outlet's copy with the same text is already on the desk as"),
                    browser.text(By.id("outcomes")));
            browser.click(By.linkText("Open the stored copy"));
            browser.waitForText(By.cssSelector(".meta"), "Sputnik India");
            assertEquals(before, articleTotal(browser));
        }
    }

    @Test
    void aFiftyMegabytePasteIsRefusedWithItsSizeAndNothingIsStored() {
        try (var browser = new Browser(base)) {
            browser.login("omar", Browser.DEMO_PASSWORD);
            var before = articleTotal(browser);
            browser.open("article/ingest.xhtml");
            browser.type(By.id("ingest:outlet"), "Refusal Test Outlet");
            browser.paste(By.id("ingest:text"), "The mayor said on Monday that 12 people were hurt. ", 1_000_000);
            browser.click(By.id("ingest:submit"));

            browser.waitForText(By.id("messages"), "Nothing was stored");
            assertTrue(browser.text(By.id("outcomes")).contains("The text is 48.6 MB; the limit is 5 MB per document"),
                    browser.text(By.id("outcomes")));
            assertEquals("", browser.waitFor(By.id("ingest:text")).getAttribute("value"));
            assertEquals(before, articleTotal(browser));
        }
    }

    @Test
    void submittingWithoutAnOutletAsksForOne() {
        try (var browser = new Browser(base)) {
            browser.login("jane", Browser.DEMO_PASSWORD);
            browser.open("article/ingest.xhtml");
            browser.type(By.id("ingest:text"), "\"We will win,\" the mayor said on Monday.");
            browser.click(By.id("ingest:submit"));
            browser.waitForText(By.id("ingest"), "Name the outlet the story comes from.");
        }
    }

    private static long articleTotal(Browser browser) {
        browser.open("article/list.xhtml");
        var report = browser.text(By.cssSelector("#list\\:articles .ui-paginator-current"));
        return Long.parseLong(report.replaceAll("\\D.*", ""));
    }
}
