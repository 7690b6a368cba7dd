package org.factdesk.browser;

import static org.factdesk.browser.HostilePayloads.all;
import static org.factdesk.browser.HostilePayloads.escaped;
import static org.factdesk.browser.HostilePayloads.of;
import static org.factdesk.browser.HostilePayloads.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.factdesk.api.ApiClient;
import org.factdesk.security.DeskSteps;
import org.factdesk.security.PageSession;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;

/**
 * Script typed into any field (an outlet, an article, a name, a label, a review, a comment, a token's name, a
 * correction, a search, a file name, the newsroom's name, a headline) stays text on every page it reaches, charts included: Chromium runs each page
 * with alert, confirm and prompt replaced by recorders and fails the test on any call, any policy violation, any
 * injected markup and any error; and each value is shown as the literal text it is. Data is set up through the
 * pages and the API as staff would; the pages are then read in the browser by the people who would read them.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HostileInputIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.factdesk();
    }

    @ArquillianResource
    URL base;

    private static final String PASSWORD = Browser.DEMO_PASSWORD;

    @Test
    void hostileOutletNamesAndArticleTextStayText() throws IOException {
        var desk = new DeskSteps(base);
        var api = new ApiClient(base);
        var word = DeskSteps.uniqueWord();
        try (var browser = new Browser(base)) {
            browser.watchForHostileScripts();
            var found = new HostileFindings(browser);
            var articles = new LinkedHashMap<String, Long>();

            found.signIn("jane", PASSWORD);
            var pastedOutlet = of("po", 1) + " " + word;
            found.visit("article/ingest.xhtml");
            browser.type(By.id("ingest:outlet"), pastedOutlet);
            browser.fill(By.id("ingest:text"), of("pt", 13) + " schools plan\n\nBy " + of("pb", 2) + "\n\n"
                    + DeskSteps.story(word) + "\n\n\"We will hire 900 teachers,\" said " + of("ps", 3) + ".\n\n" + text("px") + "\n");
            browser.click(By.id("ingest:submit"));
            browser.waitFor(By.id("outcomes"));
            found.inspectCurrent("ingest results of a paste");
            articles.put(pastedOutlet, openedArticle(browser));

            var uploadedOutlet = of("uo", 10) + " " + word;
            var page = Files.createTempDirectory("hostile").resolve(of("uf", 6) + ".html");
            Files.writeString(page, hostileHtmlPage(word));
            found.visit("article/ingest.xhtml");
            browser.type(By.id("ingest:outlet"), uploadedOutlet);
            browser.upload(By.id("ingest:files"), page);
            browser.click(By.id("ingest:submit"));
            browser.waitFor(By.id("outcomes"));
            found.inspectCurrent("ingest results of an .html upload");
            found.showsLiterally("ingest results", List.of(page.getFileName().toString()));
            articles.put(uploadedOutlet, openedArticle(browser));
            found.signOut();

            for (var outlet : all("o")) {
                var name = outlet + " " + word;
                articles.put(name, desk.ingest("jane", name, null, DeskSteps.story(DeskSteps.uniqueWord()) + "\nFiled for the " + word + " desk.\n"));
            }
            for (var url : List.of(of("au", 7), "https://example.org/" + of("au", 2))) {
                var name = "URL outlet " + UUID.randomUUID() + " " + word;
                var reply = api.postJson("api/articles", ApiClient.staff("jane"), Json.createObjectBuilder().add("outlet", name)
                        .add("url", url).add("fileName", "u.txt").add("text", DeskSteps.story(DeskSteps.uniqueWord())).build().toString());
                if (reply.status() == 201) {
                    articles.put(name, reply.json().getJsonNumber("articleId").longValue());
                } else {
                    found.refused("the article URL " + url, reply.status() + " " + reply.body());
                }
            }

            // approved verdicts put three outlets into the verdicts-per-outlet chart; one of them is published
            var charted = List.of(of("o", 1) + " " + word, of("o", 8) + " " + word, of("o", 10) + " " + word);
            var jane = desk.session("jane");
            var dana = desk.session("dana");
            for (var outlet : charted) {
                for (var claimId : desk.claimIds(articles.get(outlet)).subList(0, 2)) {
                    desk.startReview(jane, claimId);
                    var submitted = desk.submitReview(jane, claimId, "TRUE", "Checked against the ministry's published figures.",
                            "https://example.org/figures", null, null);
                    assertTrue(submitted.isRedirect(), "submitted: " + submitted.messages());
                    desk.approve(dana, desk.reviewIdOf(claimId));
                }
            }
            var publishedArticle = articles.get(charted.get(0));
            desk.publish(dana, publishedArticle);
            var publishedClaim = desk.claimIds(publishedArticle).get(0);

            found.signIn("jane", PASSWORD);
            found.visit("article/list.xhtml");
            found.showsLiterally("the article list", articles.keySet());
            for (var article : articles.entrySet()) {
                found.visit("article/view.xhtml?id=" + article.getValue());
                found.showsLiterally("the article page", List.of(article.getKey()));
                var claimIds = desk.claimIds(article.getValue());
                if (claimIds.isEmpty()) {
                    continue;
                }
                found.visit("review/claim.xhtml?id=" + claimIds.get(0));
                found.showsLiterally("the claim page", List.of(article.getKey()));
            }
            found.visit("review/mine.xhtml");
            found.visit("search.xhtml?q=" + word);
            found.visit("notifications.xhtml");

            found.signIn("dana", PASSWORD);
            found.visit("approval/queue.xhtml");
            found.visit("approval/assign.xhtml");
            found.visit("article/view.xhtml?id=" + publishedArticle);

            found.signIn("alex", PASSWORD);
            found.visit("admin/reports.xhtml");
            found.chartShows("reports:outletVerdictChart", charted);
            found.visit("admin/outlets.xhtml");
            outletIds(articles.keySet()).forEach((name, id) -> {
                found.visit("admin/outlet.xhtml?id=" + id);
                found.holdsValue("outlet:name", name);
            });

            found.signOut();
            found.visit("factcheck/index.xhtml");
            found.showsLiterally("the public index", List.of(charted.get(0)));
            found.visit("factcheck/article.xhtml?id=" + publishedArticle);
            found.visit("factcheck/claim.xhtml?id=" + publishedClaim);
            found.showsLiterally("the public claim page", List.of(charted.get(0)));
            found.assertNothingFound();
        }
    }

    /** An article page whose title, author and text carry payloads as a real page would: as text of its own markup. */
    private static String hostileHtmlPage(String word) {
        var body = new StringBuilder();
        for (var payload : all("ub")) {
            body.append("<p>").append(escaped(payload)).append("</p>\n");
        }
        return "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>" + escaped(of("ut", 13) + " " + of("ut", 1))
                + "</title><meta name=\"author\" content=\"" + escaped(of("ua", 2)) + "\">"
                + "<meta property=\"og:title\" content=\"" + escaped(of("ug", 10)) + "\"></head><body><article>"
                + "<h1>" + escaped(of("uh", 3)) + " harbour plan</h1><p class=\"byline\">By " + escaped(of("uy", 6)) + "</p>"
                + "<p>The port authority of " + word + " said on Thursday that dredging the harbour will cost 81 million kroner.</p>"
                + "<p>\"Ships of up to 300 metres will dock here by 2029,\" harbour master Ingrid " + word + "sen told the council.</p>"
                + body + "</article></body></html>";
    }

    /** The article the "Open" link of the ingest results leads to. */
    private static long openedArticle(Browser browser) {
        var link = browser.all(By.cssSelector("#outcomes a[href*='article/view.xhtml?id=']"));
        assertEquals(1, link.size(), "one stored article in the results");
        return Long.parseLong(link.get(0).getAttribute("href").replaceAll(".*[?&]id=(\\d+).*", "$1"));
    }

    /** Outlet ids by name, as the article list's outlet filter offers them. */
    private Map<String, Long> outletIds(java.util.Collection<String> names) {
        var options = new PageSession(base).login("jane").get("article/list.xhtml").html()
                .select("select[name='filter:outlet_input'] option");
        var ids = new LinkedHashMap<String, Long>();
        for (var name : names) {
            options.stream().filter(o -> HostilePayloads.normalised(o.text()).equals(HostilePayloads.normalised(name)))
                    .findFirst().ifPresent(o -> ids.put(name, Long.parseLong(o.attr("value"))));
        }
        assertEquals(names.size(), ids.size(), "every outlet is offered by the article list's filter: " + names + " found " + ids.keySet());
        return ids;
    }

    @Test
    void hostileStaffNamesStayText() {
        var desk = new DeskSteps(base);
        var alex = desk.session("alex");
        var dana = desk.session("dana");
        var suffix = UUID.randomUUID().toString().replaceAll("[^a-z]", "").substring(0, 6);
        var people = new LinkedHashMap<String, Long>();
        var usernames = new LinkedHashMap<String, String>();
        for (int n : new int[]{1, 2, 10, 12}) {
            var name = of("n", n) + " " + suffix;
            var username = "hostile" + suffix + n;
            var created = alex.submit(alex.get("admin/newuser.xhtml"), "create", Map.of("create:username", username,
                    "create:displayName", name, "create:password", PASSWORD + "-" + suffix, "create:roles", "JOURNALIST"), "create:submit");
            assertTrue(created.isRedirect() && created.location().orElse("").contains("user.xhtml?id="),
                    "the account " + username + " is created: " + created + " " + created.messages());
            people.put(name, Long.parseLong(created.location().orElseThrow().replaceAll(".*[?&]id=(\\d+).*", "$1")));
            usernames.put(name, username);
        }

        // four open claims each, so that every one of them is among the ten busiest in the workload chart
        var claims = new ArrayList<Long>();
        var articles = new ArrayList<Long>();
        while (claims.size() < 4 * people.size()) {
            var article = desk.ingest("dana", "Staff outlet " + suffix, null, DeskSteps.story(DeskSteps.uniqueWord()));
            articles.add(article);
            claims.addAll(desk.claimIds(article));
        }
        int next = 0;
        for (var username : usernames.values()) {
            for (int i = 0; i < 4; i++) {
                var claimId = claims.get(next++);
                var assigned = dana.submit(desk.claimPage(dana, claimId), "assignOne", Map.of("assignOne:assignee_input", username), "assignOne:assign");
                assertTrue(assigned.isRedirect(), "claim " + claimId + " is assigned to " + username + ": " + assigned.messages());
            }
        }
        var author = people.keySet().iterator().next();
        var authorSession = new PageSession(base).login(usernames.get(author), PASSWORD + "-" + suffix);
        var reviewed = claims.get(0);
        desk.startReview(authorSession, reviewed);
        var submitted = desk.submitReview(authorSession, reviewed, "HALF_TRUE", "Half of the schools are in the budget.",
                "https://example.org/budget", null, null);
        assertTrue(submitted.isRedirect(), "submitted: " + submitted.messages());
        var reviewId = desk.reviewIdOf(reviewed);
        desk.comment(dana, "approval/review.xhtml?id=" + reviewId, "Which budget line is it?");
        desk.comment(authorSession, "review/claim.xhtml?id=" + reviewed, "Line 14 of the schools budget.");

        try (var browser = new Browser(base)) {
            browser.watchForHostileScripts();
            var found = new HostileFindings(browser);

            found.signIn(usernames.get(author), PASSWORD + "-" + suffix);
            found.showsLiterally("the top bar", List.of(author));
            found.visit("review/mine.xhtml");
            found.visit("profile.xhtml");
            found.visit("notifications.xhtml");

            found.signIn("dana", PASSWORD);
            found.visit("approval/assign.xhtml");
            found.showsLiterally("the workload table", people.keySet());
            found.visit("approval/queue.xhtml");
            found.showsLiterally("the approval queue", List.of(author));
            found.visit("approval/review.xhtml?id=" + reviewId);
            found.showsLiterally("the decision page", List.of(author));
            found.visit("notifications.xhtml");
            found.showsLiterally("dana's notifications", List.of(author));
            for (var article : articles) {
                found.visit("article/view.xhtml?id=" + article);
            }
            found.visit("review/claim.xhtml?id=" + claims.get(1));
            found.showsLiterally("the claim page's assignee", List.of(author));

            found.signIn("jane", PASSWORD);
            found.visit("review/claim.xhtml?id=" + reviewed);
            found.visit("search.xhtml?q=budget");

            found.signIn("alex", PASSWORD);
            found.visit("admin/reports.xhtml");
            found.chartShows("reports:workloadChart", people.keySet());
            found.visit("admin/users.xhtml");
            for (var person : people.entrySet()) {
                found.visit("admin/user.xhtml?id=" + person.getValue());
                found.showsLiterally("the account page", List.of(person.getKey()));
            }
            found.visit("admin/tokens.xhtml");
            found.assertNothingFound();
        }
    }

    @Test
    void hostileRatingLabelsStayText() {
        var desk = new DeskSteps(base);
        var alex = desk.session("alex");
        var english = new LinkedHashMap<String, String>();
        var german = new LinkedHashMap<String, String>();
        var verdicts = List.of("TRUE", "MOSTLY_TRUE", "HALF_TRUE", "MOSTLY_FALSE", "FALSE", "UNVERIFIABLE");
        int[] en = {1, 2, 10, 4, 12, 13};
        int[] de = {3, 5, 6, 7, 8, 11};
        for (int i = 0; i < verdicts.size(); i++) {
            english.put(verdicts.get(i), of("re", en[i]));
            german.put(verdicts.get(i), of("rd", de[i]));
        }
        try {
            var fields = new LinkedHashMap<String, String>();
            for (int i = 0; i < verdicts.size(); i++) {
                fields.put("scale:steps:" + i + ":labelEn", english.get(verdicts.get(i)));
                fields.put("scale:steps:" + i + ":labelDe", german.get(verdicts.get(i)));
            }
            var saved = alex.submit(alex.get("admin/rating.xhtml"), "scale", fields, "scale:save");
            assertTrue(saved.isRedirect(), "the labels are saved: " + saved + " " + saved.messages());

            var published = desk.publishOneClaim("Label outlet " + UUID.randomUUID(), "TRUE", "The budget lists all 40 schools.",
                    "https://example.org/labels");
            var waiting = desk.ingest("jane", "Label outlet " + UUID.randomUUID(), null, DeskSteps.story(DeskSteps.uniqueWord()));
            var waitingClaims = desk.claimIds(waiting);
            var jane = desk.session("jane");
            desk.startReview(jane, waitingClaims.get(0));
            var submitted = desk.submitReview(jane, waitingClaims.get(0), "HALF_TRUE", "Half of the schools are in the budget.",
                    "https://example.org/half", null, null);
            assertTrue(submitted.isRedirect(), "submitted: " + submitted.messages());
            desk.startReview(jane, waitingClaims.get(1));
            var waitingReview = desk.reviewIdOf(waitingClaims.get(0));

            try (var browser = new Browser(base)) {
                browser.watchForHostileScripts();
                var found = new HostileFindings(browser);

                found.signIn("alex", PASSWORD);
                found.visit("admin/rating.xhtml");
                for (int i = 0; i < verdicts.size(); i++) {
                    found.holdsValue("scale:steps:" + i + ":labelEn", english.get(verdicts.get(i)));
                    found.holdsValue("scale:steps:" + i + ":labelDe", german.get(verdicts.get(i)));
                }
                found.visit("admin/reports.xhtml");
                found.chartShows("reports:verdictChart", english.values());
                found.showsLiterally("the verdicts table", english.values());

                found.signIn("dana", PASSWORD);
                found.visit("approval/queue.xhtml");
                found.showsLiterally("the approval queue", List.of(english.get("HALF_TRUE")));
                found.visit("approval/review.xhtml?id=" + waitingReview);
                found.showsLiterally("the decision page", List.of(english.get("HALF_TRUE")));
                found.visit("approval/correct.xhtml?id=" + published.claimId());
                found.showsLiterally("the correction page", List.of(english.get("TRUE")));
                found.visit("article/view.xhtml?id=" + published.articleId());
                found.showsLiterally("the article page", List.of(english.get("TRUE")));
                found.visit("article/view.xhtml?id=" + waiting);

                found.signIn("jane", PASSWORD);
                found.visit("review/claim.xhtml?id=" + waitingClaims.get(0));
                found.showsLiterally("the submitted review", List.of(english.get("HALF_TRUE")));
                found.visit("review/claim.xhtml?id=" + waitingClaims.get(1));
                found.visit("search.xhtml?q=schools");

                found.signOut();
                found.visit("factcheck/index.xhtml");
                found.visit("factcheck/article.xhtml?id=" + published.articleId());
                found.showsLiterally("the public article page", List.of(english.get("TRUE")));
                found.visit("factcheck/claim.xhtml?id=" + published.claimId());
                found.showsLiterally("the public claim page", List.of(english.get("TRUE")));
                found.assertNothingFound();
            }
        } finally {
            var fields = new LinkedHashMap<String, String>();
            for (int i = 0; i < verdicts.size(); i++) {
                fields.put("scale:steps:" + i + ":labelEn", "");
                fields.put("scale:steps:" + i + ":labelDe", "");
            }
            var restored = alex.submit(alex.get("admin/rating.xhtml"), "scale", fields, "scale:save");
            assertTrue(restored.isRedirect(), "the built-in labels are back for the other tests: " + restored.messages());
        }
    }

    @Test
    void hostileReviewTextAndCommentsStayText() {
        var desk = new DeskSteps(base);
        var word = DeskSteps.uniqueWord();
        var articleId = desk.ingest("jane", "Review outlet " + word, null, DeskSteps.story(word));
        var claimId = desk.claimIds(articleId).get(0);
        var jane = desk.session("jane");
        var dana = desk.session("dana");
        desk.startReview(jane, claimId);
        try (var browser = new Browser(base)) {
            browser.watchForHostileScripts();
            var found = new HostileFindings(browser);

            var rationale = text("ra");
            var evidenceTitle = of("et", 2);
            var evidenceNote = of("en", 3);
            var hostileUrl = of("eu", 7);
            var submitted = desk.submitReview(jane, claimId, "FALSE", rationale, hostileUrl, evidenceTitle, evidenceNote);
            if (!submitted.isRedirect()) {
                found.refused("the evidence URL " + hostileUrl, submitted.messages());
                submitted = desk.submitReview(jane, claimId, "FALSE", rationale, "https://example.org/evidence-" + word,
                        evidenceTitle, evidenceNote);
                assertTrue(submitted.isRedirect(), "submitted with an ordinary URL: " + submitted.messages());
            }
            var reviewId = desk.reviewIdOf(claimId);
            desk.returnReview(dana, reviewId, text("rc"));
            desk.comment(jane, "review/claim.xhtml?id=" + claimId, text("cj"));
            desk.comment(dana, "approval/review.xhtml?id=" + reviewId, text("cd"));

            found.signIn("jane", PASSWORD);
            found.visit("review/claim.xhtml?id=" + claimId);
            found.showsLiterally("the returned review", all("rc"));
            found.showsLiterally("the conversation", all("cj"));
            found.showsLiterally("the conversation", all("cd"));
            try {
                browser.click(By.cssSelector("#reviewHistory-panel > summary"));
                browser.click(By.cssSelector("[id='reviewHistory:versions'] button"));
                browser.waitFor(By.id("reviewHistory:diff"));
                found.inspectCurrent("the review's version comparison");
            } catch (TimeoutException e) {
                found.inspectCurrent("the review's history panel");
                found.add("the review's version comparison could not be opened: " + e.getMessage().lines().findFirst().orElse(""));
            }
            found.visit("notifications.xhtml");
            found.visit("search.xhtml?q=" + word);

            found.signIn("dana", PASSWORD);
            found.visit("approval/review.xhtml?id=" + reviewId);
            found.showsLiterally("the decision page", all("ra"));

            var resubmitted = desk.submitReview(jane, claimId, "FALSE", rationale + "\nChecked again.", hostileUrl, evidenceTitle, evidenceNote);
            if (!resubmitted.isRedirect()) {
                resubmitted = desk.submitReview(jane, claimId, "FALSE", rationale + "\nChecked again.",
                        "https://example.org/evidence-" + word, evidenceTitle, evidenceNote);
            }
            assertTrue(resubmitted.isRedirect(), "resubmitted: " + resubmitted.messages());
            found.visit("approval/queue.xhtml");
            found.visit("approval/review.xhtml?id=" + reviewId);
            desk.approve(dana, reviewId);
            desk.publish(dana, articleId);
            found.visit("article/view.xhtml?id=" + articleId);

            found.signOut();
            found.visit("factcheck/claim.xhtml?id=" + claimId);
            found.showsLiterally("the public rationale", all("ra"));
            found.showsLiterally("the public sources", List.of(evidenceTitle, evidenceNote));
            found.visit("factcheck/article.xhtml?id=" + articleId);
            found.assertNothingFound();
        }
    }

    @Test
    void hostileCorrectionNotesAndRetractionReasonsStayText() {
        var desk = new DeskSteps(base);
        var corrected = desk.publishOneClaim("Correction outlet " + UUID.randomUUID(), "MOSTLY_TRUE",
                "The budget lists most of the 40 schools.", "https://example.org/corrected");
        var retracted = desk.publishOneClaim("Retraction outlet " + UUID.randomUUID(), "TRUE",
                "The budget lists all of the 40 schools.", "https://example.org/retracted");
        var dana = desk.session("dana");
        var correction = dana.submit(dana.get("approval/correct.xhtml?id=" + corrected.claimId()), "correction",
                Map.of("correction:verdict_input", "FALSE", "correction:rationale", text("cr"), "correction:note", text("cn")),
                "correction:publishCorrection");
        assertTrue(correction.isRedirect(), "the correction is published: " + correction.messages());
        var retraction = dana.submit(dana.get("article/view.xhtml?id=" + retracted.articleId()), "retractForm",
                Map.of("retractForm:reason", text("rr")), "retractForm:confirmRetract");
        assertTrue(retraction.isRedirect(), "the fact-check is retracted: " + retraction.messages());

        try (var browser = new Browser(base)) {
            browser.watchForHostileScripts();
            var found = new HostileFindings(browser);
            found.signIn("dana", PASSWORD);
            found.visit("article/view.xhtml?id=" + corrected.articleId());
            found.showsLiterally("the desk's corrections log", all("cn"));
            found.visit("article/view.xhtml?id=" + retracted.articleId());
            found.showsLiterally("the desk's retraction notice", all("rr"));

            found.signOut();
            found.visit("factcheck/index.xhtml");
            found.visit("factcheck/article.xhtml?id=" + corrected.articleId());
            found.showsLiterally("the public corrections", all("cn"));
            found.visit("factcheck/claim.xhtml?id=" + corrected.claimId());
            found.showsLiterally("the corrected rationale", all("cr"));
            found.visit("factcheck/article.xhtml?id=" + retracted.articleId());
            found.showsLiterally("the public retraction", all("rr"));
            found.visit("factcheck/claim.xhtml?id=" + retracted.claimId());
            found.showsLiterally("the retracted claim", all("rr"));
            found.assertNothingFound();
        }
    }

    @Test
    void hostileNewsroomNamesAndHeadlinesStayText() {
        var desk = new DeskSteps(base);
        var headlines = new ArrayList<String>();
        var line = new StringBuilder();
        for (var payload : all("hl")) {
            // a headline holds at most 500 characters: the payloads go into as many headlines as they need
            if (line.length() + payload.length() + 1 > 500) {
                headlines.add(line.toString().strip());
                line.setLength(0);
            }
            line.append(payload).append(' ');
        }
        headlines.add(line.toString().strip());
        var dana = desk.session("dana");
        var articles = new ArrayList<DeskSteps.Published>();
        for (var headline : headlines) {
            var word = DeskSteps.uniqueWord();
            var articleId = desk.ingest("jane", "Headline outlet " + UUID.randomUUID(), null, DeskSteps.story(word));
            var claimId = desk.claimIds(articleId).get(0);
            var jane = desk.session("jane");
            desk.startReview(jane, claimId);
            assertTrue(desk.submitReview(jane, claimId, "FALSE", "The budget lists 12 schools.", "https://example.org/" + word, null, null)
                    .isRedirect());
            var reviewId = desk.reviewIdOf(claimId);
            desk.approve(dana, reviewId);
            var saved = dana.submit(dana.get("article/view.xhtml?id=" + articleId), "headline", Map.of("headline:text", headline),
                    "headline:save");
            assertTrue(saved.isRedirect(), "the headline is saved: " + saved.messages());
            desk.publish(dana, articleId);
            articles.add(new DeskSteps.Published(articleId, claimId, reviewId));
        }

        try (var browser = new Browser(base)) {
            browser.watchForHostileScripts();
            var found = new HostileFindings(browser);
            found.visit("factcheck/index.xhtml");
            found.showsLiterally("the public index", headlines);
            for (var i = 0; i < articles.size(); i++) {
                found.visit("factcheck/article.xhtml?id=" + articles.get(i).articleId());
                found.showsLiterally("the public article page", List.of(headlines.get(i)));
                found.visit("factcheck/claim.xhtml?id=" + articles.get(i).claimId());
            }

            var claim = articles.get(0).claimId();
            try {
                for (var name : all("nr")) {
                    found.signIn("alex", PASSWORD);
                    found.visit("admin/newsroom.xhtml");
                    browser.retype(By.id("newsroom:name"), name);
                    browser.click(By.id("newsroom:save"));
                    browser.waitForText(By.id("messages"), "Saved.");
                    found.inspectCurrent("the newsroom page");
                    found.signOut();
                    found.visit("factcheck/claim.xhtml?id=" + claim);
                    found.showsLiterally("the public claim page's header", List.of(name));
                    var signed = Json.createReader(new StringReader(browser.scriptContents("application/ld+json").get(0)))
                            .readObject().getJsonObject("author").getString("name");
                    assertEquals(HostilePayloads.normalised(name), HostilePayloads.normalised(signed), "the ClaimReview is signed with the name as typed");
                    found.visit("factcheck/index.xhtml");
                }
            } finally {
                found.signIn("alex", PASSWORD);
                browser.visit("admin/newsroom.xhtml");
                browser.retype(By.id("newsroom:name"), "Factdesk");
                browser.click(By.id("newsroom:save"));
                browser.waitForText(By.id("messages"), "Saved.");
            }
            found.assertNothingFound();
        }
    }

    @Test
    void hostileTokenNamesStayText() {
        var api = new ApiClient(base);
        var labels = new ArrayList<String>();
        for (var payload : all("t")) {
            var label = payload + " " + UUID.randomUUID().toString().substring(0, 8);
            var issued = api.postJson("api/tokens", ApiClient.staff("alex"), Json.createObjectBuilder().add("username", "jane")
                    .add("label", label).build().toString());
            assertEquals(201, issued.status(), issued.body());
            labels.add(label);
        }
        try (var browser = new Browser(base)) {
            browser.watchForHostileScripts();
            var found = new HostileFindings(browser);
            found.signIn("alex", PASSWORD);
            found.visit("admin/tokens.xhtml");
            found.showsLiterally("the token list", labels);
            var typed = of("tp", 2) + " " + UUID.randomUUID().toString().substring(0, 8);
            browser.type(By.id("issue:user_input"), "ravi");
            browser.type(By.id("issue:label"), typed);
            browser.click(By.id("issue:submit"));
            browser.waitFor(By.id("secret:newToken"));
            found.inspectCurrent("a token just issued on the page");
            found.showsLiterally("the issued token's notice", List.of(typed));
            found.assertNothingFound();
        }
    }

    @Test
    void hostileSearchQueriesStayText() {
        try (var browser = new Browser(base)) {
            browser.watchForHostileScripts();
            var found = new HostileFindings(browser);
            found.signIn("jane", PASSWORD);
            for (var query : all("q")) {
                found.visit("search.xhtml?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
                found.holdsValue("q", query);
            }
            found.assertNothingFound();
        }
    }

    @Test
    void hostileFileNamesInAnImportStayText() throws IOException {
        var word = DeskSteps.uniqueWord();
        var folder = Files.createTempDirectory("hostile-import");
        var archive = folder.resolve(of("zf", 3) + ".zip");
        var names = new ArrayList<String>();
        try (var zip = new ZipOutputStream(Files.newOutputStream(archive))) {
            for (var payload : all("z")) {
                var name = payload + ".txt";
                names.add(name);
                zip.putNextEntry(new ZipEntry(name));
                zip.write(DeskSteps.story(DeskSteps.uniqueWord() + word).getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (var browser = new Browser(base)) {
            browser.watchForHostileScripts();
            var found = new HostileFindings(browser);
            found.signIn("jane", PASSWORD);
            found.visit("article/import.xhtml");
            var outlet = of("zo", 2) + " " + word;
            browser.type(By.id("zip:outlet"), outlet);
            browser.upload(By.id("zip:archive"), archive);
            browser.click(By.id("zip:submit"));
            browser.waitForUrlContaining("job=");
            browser.waitForText(By.id("importState"), "Completed");
            found.inspectCurrent("the finished import");
            found.showsLiterally("the import's results", names.stream().filter(n -> !n.contains("/")).toList());
            found.showsLiterally("the import's outlet", List.of(outlet));
            found.visit(browser.currentUrl().substring(base.toString().length()));
            found.visit("article/import.xhtml");
            found.visit("article/list.xhtml");
            found.assertNothingFound();
        }
    }
}
