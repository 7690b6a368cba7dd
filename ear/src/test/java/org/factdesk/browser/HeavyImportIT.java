package org.factdesk.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;
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

/**
 * One journalist's heavy import must not take the desk down: an archive of many files each just under the
 * per-file decompression check is refused as a whole, and ten stories of a megabyte each (10 MB of text) are
 * imported while the queues stay quick, because no list reads an article's text.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HeavyImportIT {

    /** Just under the size from which a single file's compression ratio is checked. */
    private static final int MEGABYTE_LESS_ONE = 1024 * 1024 - 1;
    /** The README's promise for My claims after such an import. */
    private static final Duration MY_CLAIMS_WITHIN = Duration.ofSeconds(10);
    /** Enough text that a list reading it would take seconds; each one is analysed in full, which is what costs. */
    private static final int LONG_READS = 10;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.factdesk();
    }

    @ArquillianResource
    URL base;

    @TempDir
    Path files;

    @Test
    void twentyFilesOfZerosAreRefusedAsOneDecompressionBomb() throws IOException {
        var archive = files.resolve("zeros-" + UUID.randomUUID() + ".zip");
        try (var out = new ZipOutputStream(Files.newOutputStream(archive))) {
            for (var i = 0; i < 20; i++) {
                out.putNextEntry(new ZipEntry("part" + i + ".txt"));
                out.write(new byte[MEGABYTE_LESS_ONE]);
                out.closeEntry();
            }
        }
        try (var browser = new Browser(base)) {
            browser.login("jane", Browser.DEMO_PASSWORD);
            browser.open("article/import.xhtml");
            browser.type(By.id("zip:outlet"), "Bomb Gazette " + UUID.randomUUID());
            browser.all(By.cssSelector("#zip input[type=file]")).get(0).sendKeys(archive.toString());
            browser.click(By.id("zip:submit"));
            browser.waitForText(By.id("messages"), "possible decompression bomb");
            assertTrue(browser.currentUrl().endsWith("import.xhtml"), "no import was started: " + browser.currentUrl());
        }
    }

    @Test
    void afterTenMegabyteStoriesMyClaimsStillOpensAtOnce() throws IOException {
        var archive = files.resolve("long-reads-" + UUID.randomUUID() + ".zip");
        var random = new Random(7);
        try (var out = new ZipOutputStream(Files.newOutputStream(archive))) {
            for (var i = 0; i < LONG_READS; i++) {
                out.putNextEntry(new ZipEntry("long-read-" + i + ".txt"));
                out.write(longRead(random, i));
                out.closeEntry();
            }
        }
        try (var browser = new Browser(base)) {
            browser.login("jane", Browser.DEMO_PASSWORD);
            browser.open("article/import.xhtml");
            browser.type(By.id("zip:outlet"), "Long Read Weekly " + UUID.randomUUID());
            browser.all(By.cssSelector("#zip input[type=file]")).get(0).sendKeys(archive.toString());
            browser.click(By.id("zip:submit"));
            browser.waitForUrlContaining("job=");
            browser.waitForText(By.id("importState"), "Completed", Duration.ofMinutes(5));

            browser.openWithin("review/mine.xhtml", MY_CLAIMS_WITHIN);
            browser.waitFor(By.id("queues:pool"));
            browser.openWithin("article/list.xhtml", MY_CLAIMS_WITHIN);
            browser.waitForText(By.cssSelector("body"), "Long Read Weekly");
        }
    }

    /** A megabyte of plausible council reporting: sentences with figures, places and quotes, never one repeated text. */
    private static byte[] longRead(Random random, int number) {
        String[] towns = {"Ashford", "Bramley", "Carlow", "Dunmore", "Elstree", "Fenwick", "Garston", "Hollins"};
        String[] bodies = {"the council", "the water board", "the transport authority", "the school trust", "the police"};
        var text = new StringBuilder(MEGABYTE_LESS_ONE);
        text.append("Long read ").append(number).append(": the year in local government\n\n");
        while (text.length() < MEGABYTE_LESS_ONE - 400) {
            var town = towns[random.nextInt(towns.length)];
            var body = bodies[random.nextInt(bodies.length)];
            text.append("In ").append(town).append(", ").append(body).append(" said ").append(100 + random.nextInt(9000))
                    .append(" residents were affected and ").append(random.nextInt(90) + 5).append(" per cent of the budget, ")
                    .append(random.nextInt(400) + 1).append(" million pounds, was spent by ").append(1990 + random.nextInt(35))
                    .append(". \"We counted ").append(random.nextInt(5000)).append(" complaints,\" a spokesperson told reporters.\n\n");
        }
        var bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        return java.util.Arrays.copyOf(bytes, Math.min(bytes.length, MEGABYTE_LESS_ONE));
    }
}
