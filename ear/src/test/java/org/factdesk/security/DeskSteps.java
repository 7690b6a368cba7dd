package org.factdesk.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.net.URL;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.factdesk.api.ApiClient;

/**
 * The desk's work done over plain HTTP, through the same pages and API a person and a script use: ingest by API,
 * reviews, decisions and publication through the pages' forms. Tests use it to set up their own data.
 */
public final class DeskSteps {

    /** A published fact-check: its article, the claim that was checked and that claim's review. */
    public record Published(long articleId, long claimId, long reviewId) {
    }

    private final URL base;
    private final ApiClient api;

    public DeskSteps(URL base) {
        this.base = base;
        this.api = new ApiClient(base);
    }

    public PageSession session(String username) {
        return new PageSession(base).login(username);
    }

    public PageSession anonymous() {
        return new PageSession(base);
    }

    /** A short story with a quote, a figure and a cost, so that the engine finds several claims in it. */
    public static String story(String subject) {
        var minister = "Minister " + subject.replaceAll("[^A-Za-z]", "") + "son";
        return "Schools plan announced\n\n" + minister + " announced a national schools programme on Monday in the capital.\n\n"
                + "\"We will build 40 new schools by 2027,\" " + minister + " told reporters at the press conference.\n\n"
                + "The opposition said the programme would cost 3.5 billion euros and questioned the timetable.\n";
    }

    /** A word no other test's story contains. */
    public static String uniqueWord() {
        var random = java.util.concurrent.ThreadLocalRandom.current();
        var word = new StringBuilder("Zq");
        for (int i = 0; i < 8; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.toString();
    }

    /** Ingests a story through the API as the given member of staff (HTTP Basic); returns the new article's id. */
    public long ingest(String username, String outlet, String url, String text) {
        var json = Json.createObjectBuilder().add("outlet", outlet).add("fileName", "story.txt").add("text", text);
        if (url != null) {
            json.add("url", url);
        }
        var created = api.postJson("api/articles", ApiClient.staff(username), json.build().toString());
        assertEquals(201, created.status(), "the story is ingested: " + created.body());
        return created.json().getJsonNumber("articleId").longValue();
    }

    /** The claims the engine found in an article, in the article's order. */
    public List<Long> claimIds(long articleId) {
        var article = api.get("api/articles/" + articleId, ApiClient.staff("dana"));
        assertEquals(200, article.status(), article.body());
        return article.json().getJsonArray("claims").stream()
                .map(c -> c.asJsonObject().getJsonNumber("id").longValue()).toList();
    }

    /** A claim's text, as a desk chief reads it through the API. */
    public String claimText(long claimId) {
        var claim = api.get("api/claims/" + claimId, ApiClient.staff("dana"));
        assertEquals(200, claim.status(), claim.body());
        return claim.json().getString("text");
    }

    /** The review on a claim, as a desk chief reads it through the API. */
    public long reviewIdOf(long claimId) {
        var claim = api.get("api/claims/" + claimId, ApiClient.staff("dana"));
        assertEquals(200, claim.status(), claim.body());
        return claim.json().getJsonObject("review").getJsonNumber("id").longValue();
    }

    public PageSession.Reply claimPage(PageSession person, long claimId) {
        var page = person.get("review/claim.xhtml?id=" + claimId);
        assertEquals(200, page.status(), "the claim page opens: " + page);
        return page;
    }

    public void startReview(PageSession journalist, long claimId) {
        var started = journalist.submit(claimPage(journalist, claimId), "start", Map.of(), "start:startReview");
        assertTrue(started.isRedirect(), "the review is started: " + started);
    }

    /** Saves a draft with the form's save button (an ajax request); the answer is the partial response. */
    public PageSession.Reply saveDraft(PageSession journalist, long claimId, String verdict, String rationale, String evidenceUrl) {
        return journalist.submitAjax(claimPage(journalist, claimId), "review",
                reviewFields(verdict, rationale, evidenceUrl, null, null), "review:saveDraft");
    }

    /** Submits the review form; a redirect means it was accepted, a page with a message that it was refused. */
    public PageSession.Reply submitReview(PageSession journalist, long claimId, String verdict, String rationale,
                                          String evidenceUrl, String evidenceTitle, String evidenceNote) {
        return journalist.submit(claimPage(journalist, claimId), "review",
                reviewFields(verdict, rationale, evidenceUrl, evidenceTitle, evidenceNote), "review:submit");
    }

    private static Map<String, String> reviewFields(String verdict, String rationale, String url, String title, String note) {
        var fields = new LinkedHashMap<String, String>();
        fields.put("review:verdict_input", verdict);
        fields.put("review:rationale", rationale);
        fields.put("review:evidence:0:url", url == null ? "" : url);
        fields.put("review:evidence:0:type", "PRIMARY_DOCUMENT");
        if (title != null) {
            fields.put("review:evidence:0:title", title);
        }
        if (note != null) {
            fields.put("review:evidence:0:note", note);
        }
        return fields;
    }

    /** Adds a comment to the conversation under a claim's review (the thread's ajax send button). */
    public PageSession.Reply comment(PageSession person, String page, String text) {
        var opened = person.get(page);
        assertEquals(200, opened.status(), opened.toString());
        var sent = person.submitAjax(opened, "thread", Map.of("thread:reply", text), "thread:send");
        assertEquals(200, sent.status(), "the comment is sent: " + sent.body());
        return sent;
    }

    public PageSession.Reply decisionPage(PageSession deskChief, long reviewId) {
        var page = deskChief.get("approval/review.xhtml?id=" + reviewId);
        assertEquals(200, page.status(), "the decision page opens: " + page);
        return page;
    }

    public void approve(PageSession deskChief, long reviewId) {
        var approved = deskChief.submit(decisionPage(deskChief, reviewId), "decide", Map.of(), "decide:approve");
        assertTrue(approved.isRedirect(), "the review is approved: " + approved + " " + approved.messages());
    }

    public void returnReview(PageSession deskChief, long reviewId, String comment) {
        var returned = deskChief.submit(decisionPage(deskChief, reviewId), "decide", Map.of("decide:comment", comment), "decide:return");
        assertTrue(returned.isRedirect(), "the review is returned: " + returned + " " + returned.messages());
    }

    public void publish(PageSession deskChief, long articleId) {
        var page = deskChief.get("article/view.xhtml?id=" + articleId);
        assertEquals(200, page.status(), page.toString());
        var published = deskChief.submit(page, "actions", Map.of(), "actions:publish");
        assertTrue(published.isRedirect(), "the article is published: " + published + " " + published.messages());
    }

    /** Jane reviews the first claim of a fresh story, Dana approves and publishes it. */
    public Published publishOneClaim(String outlet, String verdict, String rationale, String evidenceUrl) {
        var articleId = ingest("jane", outlet, "https://example.org/" + UUID.randomUUID(), story(uniqueWord()));
        var claimId = claimIds(articleId).get(0);
        var jane = session("jane");
        startReview(jane, claimId);
        var submitted = submitReview(jane, claimId, verdict, rationale, evidenceUrl, null, null);
        assertTrue(submitted.isRedirect(), "the review is submitted: " + submitted + " " + submitted.messages());
        var reviewId = reviewIdOf(claimId);
        var dana = session("dana");
        approve(dana, reviewId);
        publish(dana, articleId);
        return new Published(articleId, claimId, reviewId);
    }
}
