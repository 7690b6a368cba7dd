package org.factdesk.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

/** A journalist imports a ZIP of stories and follows it to the end; a desk chief cannot leave the import folder. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BulkImportPageIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.factdesk();
    }

    @ArquillianResource
    URL base;

    @TempDir
    Path files;

    @Test
    void aZipImportShowsItsProgressAndOneResultPerFile() throws IOException {
        var entries = new LinkedHashMap<String, byte[]>();
        entries.put("wire/putin-kim.txt", Files.readAllBytes(Deployments.seed("002_12d57e7f6210e6f8.txt").toPath()));
        // seed 003 with a sentence of its own inside the story, which cleaning keeps (a line added after the story
        // is cut as what follows it, and one full of hex digits is at times cut as junk): a copy the desk does not
        // hold yet
        var port = UUID.randomUUID().toString().chars().filter(Character::isLetter).limit(8)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append);
        entries.put("wire/kim-visit.txt", Files.readString(Deployments.seed("003_1b585e5154195667.txt").toPath())
                .replaceFirst("(?m)^(.*Vostochny spaceport.*)$", "$1\nOfficials in the port of Q" + port
                        + " said the talks lasted five hours.").getBytes(StandardCharsets.UTF_8));
        entries.put("wire/photo.jpg", new byte[]{(byte) 0xff, (byte) 0xd8, (byte) 0xff, 0});
        entries.put("wire/empty.html", new byte[0]);
        var archive = zip("wire-" + UUID.randomUUID() + ".zip", entries);
        var outlet = "Import Page Outlet " + UUID.randomUUID();

        try (var browser = new Browser(base)) {
            browser.login("jane", Browser.DEMO_PASSWORD);
            browser.click(By.id("navImport"));
            browser.waitFor(By.id("zip:outlet"));
            assertTrue(browser.all(By.id("folder:path")).isEmpty(), "journalists upload; server folders are for desk chiefs");
            browser.type(By.id("zip:outlet"), outlet);
            browser.all(By.cssSelector("#zip input[type=file]")).get(0).sendKeys(archive.toString());
            browser.click(By.id("zip:submit"));

            browser.waitForUrlContaining("job=");
            browser.waitFor(By.id("progress:bar"));
            browser.waitForText(By.id("importState"), "Completed");
            assertEquals("4", browser.text(By.id("processed")));
            assertEquals("4", browser.text(By.id("total")));
            browser.waitForText(By.cssSelector("#progress\\:bar .ui-progressbar-label"), "100%");
            var listed = browser.all(By.cssSelector("#recent\\:jobs tbody tr")).stream()
                    .filter(row -> row.getText().contains(archive.getFileName().toString())).findFirst()
                    .orElseThrow(() -> new AssertionError("the import is listed among the recent ones"));
            assertTrue(listed.getText().contains("Completed") && listed.getText().contains("4 / 4"),
                    "the list of recent imports follows the import to its end: " + listed.getText());
            browser.waitForText(By.id("results:entries"), "wire/photo.jpg is not a .txt or .html file.");
            var results = browser.text(By.id("results:entries"));
            assertTrue(results.contains("wire/empty.html is empty: there is no text to ingest."), results);
            assertTrue(results.contains("wire/putin-kim.txt: this outlet's copy with the same text is already on the desk"),
                    "the demo data holds Sputnik India's copy of seed 002: " + results);
            assertEquals(3, browser.all(By.cssSelector("#results\\:entries .outcome-REJECTED")).size());
            assertEquals(1, browser.all(By.cssSelector("#results\\:entries .outcome-IMPORTED, #results\\:entries .outcome-DUPLICATE")).size(),
                    "the new copy of seed 003 is stored");
            browser.screenshot("import-1-completed");

            browser.click(By.linkText(archive.getFileName().toString()));
            browser.waitForText(By.id("importState"), "Completed");
            browser.click(By.linkText("Open the stored copy"));
            // wire/putin-kim.txt credits its photo "Sputnik India, 1920, 13.09.2023": the page names its outlet
            browser.waitForText(By.cssSelector(".meta"), "Sputnik India");
            assertFalse(browser.text(By.cssSelector(".meta")).contains(outlet), "not the outlet typed for the whole import");
        }
    }

    @Test
    void aDeskChiefSeesTheImportRootAndCannotImportOutsideIt() {
        try (var browser = new Browser(base)) {
            browser.login("dana", Browser.DEMO_PASSWORD);
            browser.open("article/import.xhtml");
            assertTrue(browser.text(By.id("importRoot")).endsWith("import"), browser.text(By.id("importRoot")));
            browser.type(By.id("folder:folderOutlet"), "Folder Outlet");
            browser.type(By.id("folder:path"), "../db");
            browser.click(By.id("folder:submitFolder"));
            browser.waitForText(By.id("messages"), "is not inside the import folder");
            browser.screenshot("import-2-outside-root");
        }
    }

    private Path zip(String name, Map<String, byte[]> entries) throws IOException {
        var zip = files.resolve(name);
        try (var out = new ZipOutputStream(Files.newOutputStream(zip))) {
            for (var entry : entries.entrySet()) {
                out.putNextEntry(new ZipEntry(entry.getKey()));
                out.write(entry.getValue());
                out.closeEntry();
            }
        }
        return zip;
    }
}
