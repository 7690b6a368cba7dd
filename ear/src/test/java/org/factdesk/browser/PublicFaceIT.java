package org.factdesk.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import javax.imageio.ImageIO;
import org.factdesk.api.ApiClient;
import org.factdesk.security.DeskSteps;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * What readers, search engines and social networks get from the public side: an index of every fact-check with its
 * verdicts, date and headline, newest first, paged and searchable; pages that describe themselves (title,
 * description, canonical address, Open Graph, Twitter card, a picture Factdesk serves); the newsroom's own name, address
 * and logo in the header and in the ClaimReview; a headline the desk chief may rewrite until the fact-check is public;
 * and stylesheets and scripts that go out compressed and are kept by browsers for a year.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PublicFaceIT {

    private static final String[] VERDICTS = {"TRUE", "MOSTLY_TRUE", "HALF_TRUE", "MOSTLY_FALSE", "FALSE", "UNVERIFIABLE"};
    private static final String[] LABELS = {"True", "Mostly true", "Half true", "Mostly false", "False", "Unverifiable"};

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.factdesk();
    }

    @ArquillianResource
    URL base;

    /** A fact-check this test published: its article, the checked claim and the headline readers see. */
    private record Story(long articleId, long claimId, String headline, String place) {
    }

    @Test
    void theIndexListsEveryFactCheckWithVerdictDateAndHeadlineNewestFirstInPages() {
        var desk = new DeskSteps(base);
        var word = DeskSteps.uniqueWord();
        var stories = new ArrayList<Story>();
        for (var i = 0; i < 21; i++) {
            stories.add(publish(desk, word, "Harbour Outlet " + word, VERDICTS[i % VERDICTS.length]));
        }

        try (var browser = new Browser(base)) {
            browser.open("factcheck/index.xhtml?q=" + word);
            assertEquals("21 fact-checks", browser.text(By.id("indexCount")));
            var rows = browser.all(By.cssSelector("#factchecks > li"));
            assertEquals(20, rows.size(), "twenty to a page");
            for (var shown = 0; shown < rows.size(); shown++) {
                var story = stories.get(20 - shown);
                var row = rows.get(shown);
                assertEquals(story.headline(), row.findElement(By.cssSelector(".factcheck-headline a")).getText(), "newest first");
                assertEquals(LABELS[(20 - shown) % LABELS.length], row.findElement(By.cssSelector(".verdict")).getText());
                var date = row.findElement(By.cssSelector("time"));
                assertFalse(date.getText().isBlank(), "the row shows its date");
                assertNotNull(Instant.parse(date.getAttribute("datetime")));
            }
            var dates = rows.stream().map(r -> Instant.parse(r.findElement(By.cssSelector("time")).getAttribute("datetime"))).toList();
            for (var i = 1; i < dates.size(); i++) {
                assertFalse(dates.get(i).isAfter(dates.get(i - 1)), "published no later than the row above: " + dates);
            }
            assertEquals("Page 1 of 2", browser.text(By.id("pageOf")));

            browser.click(By.id("older"));
            browser.waitForText(By.id("pageOf"), "Page 2 of 2");
            var last = browser.all(By.cssSelector("#factchecks > li"));
            assertEquals(1, last.size());
            assertEquals(stories.get(0).headline(), last.get(0).findElement(By.cssSelector(".factcheck-headline a")).getText());
            assertTrue(browser.all(By.id("older")).isEmpty(), "no page after the last");
            browser.click(By.id("newer"));
            browser.waitForText(By.id("pageOf"), "Page 1 of 2");

            var onlyInAClaim = stories.get(7).place();
            browser.open("factcheck/index.xhtml");
            browser.type(By.id("q"), onlyInAClaim);
            browser.click(By.id("searchSubmit"));
            browser.waitForText(By.id("indexCount"), "One fact-check");
            assertEquals(stories.get(7).headline(), browser.text(By.cssSelector("#factchecks .factcheck-headline a")),
                    "a word of a checked claim finds its fact-check");

            browser.open("factcheck/index.xhtml?q=" + word + "+Zqnothingmatchesthis");
            assertTrue(browser.text(By.id("emptyIndex")).startsWith("No fact-check matches “" + word.toLowerCase() + " zqnothingmatchesthis”."),
                    browser.text(By.id("emptyIndex")));
            browser.assertAccessible();
            browser.click(By.id("showAll"));
            browser.waitFor(By.id("factchecks"));
            assertTrue(browser.all(By.cssSelector("#factchecks > li")).size() >= 20, "the whole index again");
        }
    }

    @Test
    void aPublishedPageDescribesItselfToSearchEnginesAndSocialNetworks() throws IOException, InterruptedException {
        var publicUrl = System.getProperty("factdesk.public-url");
        var word = DeskSteps.uniqueWord();
        var story = publish(new DeskSteps(base), word, "Preview Outlet " + word, "MOSTLY_FALSE");

        try (var browser = new Browser(base)) {
            browser.open("factcheck/claim.xhtml?id=" + story.claimId());
            var claimText = browser.text(By.id("claimReviewed"));
            var tags = metaTags(browser);
            assertEquals("Fact-check: “" + claimText + "” · Factdesk", title(browser));
            assertEquals("Fact-check: “" + claimText + "”", tags.get("og:title"));
            assertEquals(tags.get("og:title"), tags.get("twitter:title"));
            assertTrue(tags.get("description").startsWith("Our verdict: Mostly false. The harbour budget"), tags.get("description"));
            assertEquals(tags.get("description"), tags.get("og:description"));
            assertEquals(tags.get("description"), tags.get("twitter:description"));
            var canonical = browser.all(By.cssSelector("link[rel=canonical]")).get(0).getAttribute("href");
            assertEquals(publicUrl + "factcheck/claim.xhtml?id=" + story.claimId(), canonical);
            assertEquals(canonical, tags.get("og:url"));
            assertEquals("article", tags.get("og:type"));
            assertEquals("Factdesk", tags.get("og:site_name"));
            assertEquals("en_GB", tags.get("og:locale"));
            assertEquals("summary_large_image", tags.get("twitter:card"));
            assertEquals("Fact-check by Factdesk", tags.get("og:image:alt"));
            assertEquals(tags.get("og:image"), tags.get("twitter:image"));
            var image = tags.get("og:image");
            assertTrue(image.startsWith(publicUrl), "the picture is Factdesk's own, on the public address: " + image);
            var served = get(image.substring(publicUrl.length()), Map.of());
            assertEquals(200, served.statusCode(), "the picture is served by Factdesk");
            assertEquals("image/png", served.headers().firstValue("Content-Type").orElse(""));
            var picture = ImageIO.read(new java.io.ByteArrayInputStream(served.body()));
            assertEquals(1200, picture.getWidth());
            assertEquals(630, picture.getHeight());

            browser.click(By.linkText("All claims in this article"));
            browser.waitFor(By.id("verdicts"));
            var articleTags = metaTags(browser);
            assertEquals("Fact-check: " + story.headline() + " · Factdesk", title(browser));
            assertEquals("One claim reported by Preview Outlet " + word + " checked: Mostly false (1).", articleTags.get("description"));
            assertEquals(publicUrl + "factcheck/article.xhtml?id=" + story.articleId(),
                    browser.all(By.cssSelector("link[rel=canonical]")).get(0).getAttribute("href"));
            assertEquals(image, articleTags.get("og:image"));
        }

        var checked = StructuredDataTestingTool.check(new URL(base, "factcheck/claim.xhtml?id=" + story.claimId()));
        assertEquals(0, checked.exitCode(), "structured-data-testing-tool found failures:\n" + checked.output());
        assertTrue(checked.output().contains("ClaimReview"), checked.output());
        assertTrue(checked.output().matches("(?s).*✓ \\d+ tests passed with \\d+ warnings.*"), checked.output());
    }

    @Test
    void theNewsroomsNameAddressAndLogoHeadThePublicPagesAndSignTheClaimReview() throws IOException {
        var word = DeskSteps.uniqueWord();
        var story = publish(new DeskSteps(base), word, "Newsroom Outlet " + word, "UNVERIFIABLE");
        var logo = Files.createTempFile("logo", ".png");
        var picture = new BufferedImage(120, 40, BufferedImage.TYPE_INT_RGB);
        var g = picture.createGraphics();
        g.setColor(new Color(0x1d3557));
        g.fillRect(0, 0, 120, 40);
        g.dispose();
        ImageIO.write(picture, "png", logo.toFile());

        // the other tests read the pages as a fresh install signs them, so the newsroom is restored however this one ends
        try (var browser = new Browser(base)) {
            browser.login("alex", Browser.DEMO_PASSWORD);
            browser.open("admin/newsroom.xhtml");
            browser.retype(By.id("newsroom:name"), "Gazette Fact Desk " + word);
            browser.retype(By.id("newsroom:url"), "gazette.example");
            browser.click(By.id("newsroom:save"));
            browser.waitForText(By.id("messages"), "\"gazette.example\" is not a web address");

            browser.retype(By.id("newsroom:url"), "https://gazette.example/");
            browser.upload(By.id("newsroom:logo"), logo);
            browser.click(By.id("newsroom:save"));
            browser.waitForText(By.id("messages"), "Saved.");
            browser.waitFor(By.id("newsroom:currentLogo"));
            browser.assertAccessible();
            browser.logout();

            browser.open("factcheck/claim.xhtml?id=" + story.claimId());
            assertEquals("Gazette Fact Desk " + word, browser.text(By.id("newsroomName")));
            var header = browser.all(By.cssSelector("#newsroomBrand img")).get(0);
            assertEquals(120L, ((Number) browser.evaluate("return arguments[0].complete ? arguments[0].naturalWidth : 0;", header))
                    .longValue(), "the header shows the uploaded logo");
            assertTrue(title(browser).endsWith(" · Gazette Fact Desk " + word), title(browser));
            assertEquals("Gazette Fact Desk " + word, metaTags(browser).get("og:site_name"));

            var jsonLd = Json.createReader(new StringReader(browser.scriptContents("application/ld+json").get(0))).readObject();
            var author = jsonLd.getJsonObject("author");
            assertEquals("Gazette Fact Desk " + word, author.getString("name"));
            assertEquals("https://gazette.example/", author.getString("url"));
            var logoUrl = author.getJsonObject("logo").getString("url");
            assertTrue(logoUrl.startsWith(System.getProperty("factdesk.public-url") + "factcheck/logo?v="), logoUrl);
            var rating = jsonLd.getJsonObject("reviewRating");
            assertEquals("Unverifiable", rating.getString("alternateName"));
            assertFalse(rating.containsKey("ratingValue"), "no value outside the declared 1–5 range: " + rating);

            var fromApi = new ApiClient(base).get("api/public/claims/" + story.claimId(), null).json();
            assertEquals(jsonLd, fromApi, "the API signs the same way as the page");
            var served = get(logoUrl.substring(System.getProperty("factdesk.public-url").length()), Map.of());
            assertEquals("image/png", served.headers().firstValue("Content-Type").orElse(""));
            assertTrue(served.headers().firstValue("Cache-Control").orElse("").contains("max-age=31536000"));
        } finally {
            restoreNewsroom();
        }
    }

    /** Back to the newsroom of a fresh install: named Factdesk, without an address of its own or a logo. */
    private void restoreNewsroom() {
        try (var browser = new Browser(base)) {
            browser.login("alex", Browser.DEMO_PASSWORD);
            browser.open("admin/newsroom.xhtml");
            if (!browser.all(By.id("newsroom:removeLogo")).isEmpty()) {
                browser.click(By.id("newsroom:removeLogo"));
                browser.waitForText(By.id("messages"), "Logo removed.");
            }
            browser.retype(By.id("newsroom:name"), "Factdesk");
            browser.type(By.id("newsroom:url"), "");
            browser.click(By.id("newsroom:save"));
            browser.waitForText(By.id("messages"), "Saved.");
        }
    }

    @Test
    void aDeskChiefRewritesTheHeadlineUntilTheFactCheckIsPublic() {
        var desk = new DeskSteps(base);
        var word = DeskSteps.uniqueWord();
        var outlet = "Al Bawaba " + word;
        var articleId = desk.ingest("jane", outlet, "https://www.albawaba.com/news/" + UUID.randomUUID(),
                story(word, "Harbour plan for " + word + " approved | Al Bawaba", word + "ville"));
        var claimId = quoteIn(desk, articleId);
        var jane = desk.session("jane");
        desk.startReview(jane, claimId);
        assertTrue(desk.submitReview(jane, claimId, "FALSE", "The harbour budget lists twelve berths, not forty, for 2027.",
                "https://example.org/harbour-budget", null, null).isRedirect());
        desk.approve(desk.session("dana"), desk.reviewIdOf(claimId));

        try (var browser = new Browser(base)) {
            browser.login("dana", Browser.DEMO_PASSWORD);
            browser.open("article/view.xhtml?id=" + articleId);
            assertEquals("Harbour plan for " + word + " approved", browser.valueOf("headline:text"),
                    "the site's name is not part of the headline");
            browser.retype(By.id("headline:text"), "Harbour plan for " + word + ": forty berths are twelve");
            browser.click(By.id("headline:save"));
            browser.waitForText(By.id("messages"), "Headline saved.");
            assertTrue(browser.text(By.id("history")).contains("Headline changed"), "the change is on the record");

            // a second desk chief publishes while the page is still open with its form
            desk.publish(desk.session("ravi"), articleId);
            browser.retype(By.id("headline:text"), "Something else entirely");
            browser.click(By.id("headline:save"));
            browser.waitForText(By.id("messages"), "This fact-check is already public, so its headline stays as it was published.");
            browser.open("article/view.xhtml?id=" + articleId);
            assertTrue(browser.all(By.id("headline:text")).isEmpty(), "no headline field once published");
            assertEquals("The headline is fixed: it stays as it was published.", browser.text(By.id("headline:fixed")));
            browser.logout();

            browser.open("factcheck/article.xhtml?id=" + articleId);
            assertEquals("Fact-check: Harbour plan for " + word + ": forty berths are twelve", browser.text(By.cssSelector("main h1")));
            browser.open("factcheck/index.xhtml?q=" + word);
            assertEquals("Harbour plan for " + word + ": forty berths are twelve",
                    browser.text(By.cssSelector("#factchecks .factcheck-headline a")));
        }
    }

    @Test
    void stylesheetsAndScriptsGoOutCompressedAndAreKeptForAYear() throws IOException, InterruptedException {
        var story = publish(new DeskSteps(base), DeskSteps.uniqueWord(), "Static Outlet " + UUID.randomUUID(), "TRUE");
        var page = get("factcheck/claim.xhtml?id=" + story.claimId(), Map.of("Accept-Encoding", "gzip"));
        assertEquals(200, page.statusCode());
        var html = Jsoup.parse(new String(page.body(), java.nio.charset.StandardCharsets.UTF_8));
        var resources = new LinkedHashSet<String>();
        html.select("link[rel=stylesheet][href], script[src]").forEach(e -> resources.add(e.hasAttr("src") ? e.attr("src") : e.attr("href")));
        assertTrue(resources.size() >= 3, "PrimeFaces' and Factdesk's own resources: " + resources);

        long plain = 0;
        long compressed = 0;
        for (var resource : resources) {
            var path = resource.startsWith("/") ? resource.substring(1) : resource;
            assertTrue(path.contains("v="), "a versioned address: " + resource);
            var gzipped = get(path, Map.of("Accept-Encoding", "gzip"));
            assertEquals(200, gzipped.statusCode(), resource);
            assertEquals("gzip", gzipped.headers().firstValue("Content-Encoding").orElse(""), "compressed: " + resource);
            assertEquals("public, max-age=31536000, immutable", gzipped.headers().firstValue("Cache-Control").orElse(""), resource);
            var identity = get(path, Map.of());
            assertTrue(identity.headers().firstValue("Content-Encoding").isEmpty(), "a client that asks for nothing gets it plain");
            plain += identity.body().length;
            compressed += gzipped.body().length;
        }
        var unversioned = get("resources/css/factdesk.css", Map.of("Accept-Encoding", "gzip"));
        assertEquals("no-cache", unversioned.headers().firstValue("Cache-Control").orElse(""),
                "an address without a version is asked about every time");
        assertEquals("gzip", unversioned.headers().firstValue("Content-Encoding").orElse(""));
        assertTrue(page.headers().firstValue("Content-Encoding").isEmpty(),
                "pages are not compressed: they echo input next to the view state (BREACH)");
        System.out.printf("RESULT public-page-resources files=%d plain=%d gzip=%d ratio=%.3f%n", resources.size(), plain, compressed,
                (double) compressed / plain);
        assertTrue(compressed * 3 < plain, "compression saves at least two thirds: " + compressed + " of " + plain);
    }

    /** Publishes one fact-check of a fresh story through the desk: jane reviews its first claim, dana approves and publishes. */
    private static Story publish(DeskSteps desk, String word, String outlet, String verdict) {
        var random = ThreadLocalRandom.current();
        var tag = word + pseudoWord(random);
        var headline = "Council of " + tag + " approves harbour plan " + pseudoWord(random);
        var place = pseudoWord(random) + "ford";
        var articleId = desk.ingest("jane", outlet, "https://example.org/" + UUID.randomUUID(), story(tag, headline, place));
        var claimId = quoteIn(desk, articleId);
        var jane = desk.session("jane");
        desk.startReview(jane, claimId);
        var submitted = desk.submitReview(jane, claimId, verdict,
                "The harbour budget lists twelve berths for 2027, and the minutes of the council record no vote on forty.",
                "https://example.org/harbour-budget", null, null);
        assertTrue(submitted.isRedirect(), "the review is submitted: " + submitted.messages());
        var dana = desk.session("dana");
        desk.approve(dana, desk.reviewIdOf(claimId));
        desk.publish(dana, articleId);
        return new Story(articleId, claimId, headline, place);
    }

    /** The claim that quotes the mayor: the one every test checks. */
    private static long quoteIn(DeskSteps desk, long articleId) {
        return desk.claimIds(articleId).stream().filter(id -> desk.claimText(id).contains("million euros")).findFirst()
                .orElseThrow(() -> new AssertionError("the engine found no claim with the mayor's quote in article " + articleId));
    }

    /** A story of its own words, so that no two are near-duplicates of each other; the place appears only in a claim. */
    private static String story(String tag, String headline, String place) {
        var random = ThreadLocalRandom.current();
        var mayor = "Mayor " + Character.toUpperCase(tag.charAt(0)) + tag.substring(1).toLowerCase() + "son";
        return headline + "\n\n"
                + mayor + " said on Monday that the " + pseudoWord(random) + " harbour would open " + (10 + random.nextInt(80))
                + " new berths by 2027, after a vote of the " + pseudoWord(random) + " committee.\n\n"
                + "\"We will spend " + (20 + random.nextInt(300)) + " million euros on the quay in " + place + ",\" " + mayor
                + " told reporters.\n\n"
                + "The " + pseudoWord(random) + " opposition said the " + pseudoWord(random) + " budget was "
                + (5 + random.nextInt(40)) + " percent too high and questioned the timetable of the " + pseudoWord(random) + " works.\n";
    }

    private static String pseudoWord(ThreadLocalRandom random) {
        var word = new StringBuilder();
        for (var i = 0; i < 7; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.toString();
    }

    private static String title(Browser browser) {
        return browser.all(By.tagName("title")).get(0).getAttribute("textContent").strip();
    }

    /** Every meta element's content by its property or name, as a crawler reads the page. */
    private static Map<String, String> metaTags(Browser browser) {
        var tags = new java.util.HashMap<String, String>();
        browser.all(By.cssSelector("meta[property], meta[name]")).forEach(m -> {
            var key = m.getAttribute("property") == null || m.getAttribute("property").isEmpty() ? m.getAttribute("name") : m.getAttribute("property");
            tags.put(key, m.getAttribute("content"));
        });
        return tags;
    }

    /** A request as a browser or crawler sends it, without decompressing the answer. */
    private HttpResponse<byte[]> get(String path, Map<String, String> headers) throws IOException {
        try {
            var request = HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/?$", "/") + path)).GET();
            headers.forEach(request::header);
            return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    /** Runs the npm package structured-data-testing-tool on a page of the test server, with its three presets. */
    static final class StructuredDataTestingTool {

        static final String VERSION = "4.5.0";

        record Result(int exitCode, String output) {
        }

        static Result check(URL page) throws IOException, InterruptedException {
            var npx = Path.of("/usr/bin/npx");
            assertTrue(Files.isExecutable(npx) || Files.isExecutable(Path.of("/usr/local/bin/npx")),
                    "this check needs Node.js and npm (apt-get install nodejs npm)");
            var command = List.of("npx", "--yes", "structured-data-testing-tool@" + VERSION, "--url", page.toString(),
                    "--presets", "Google,Twitter,Facebook");
            var process = new ProcessBuilder(command).redirectErrorStream(true).start();
            var output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            var exit = process.waitFor();
            System.out.println("$ " + String.join(" ", command) + "\n" + output);
            return new Result(exit, output);
        }
    }
}
