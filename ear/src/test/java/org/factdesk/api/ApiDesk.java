package org.factdesk.api;

import static org.factdesk.api.ApiClient.staff;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.json.Json;
import java.net.URL;
import org.factdesk.security.DeskSteps;

/**
 * The desk's work set up over the API alone (HTTP Basic as the demo accounts), so that a test can bring a fresh claim
 * to the step it checks: open, in a draft, submitted, approved, published. Each answer names what the next call needs.
 */
public final class ApiDesk {

    /** A resource's id and the ETag a client sends back to change it. */
    public record Seen(long id, String etag) {
    }

    /** A published fact-check: its article, the publication's ETag, its claim and the claim's review's ETag. */
    public record Published(long articleId, String etag, long claimId, String reviewEtag) {
    }

    private final ApiClient api;

    public ApiDesk(URL base) {
        this.api = new ApiClient(base);
    }

    /** An open claim of a story nobody else tells, ingested by jane. */
    public Seen openClaim() {
        var word = DeskSteps.uniqueWord();
        var created = api.postJson("api/articles", staff("jane"), Json.createObjectBuilder().add("outlet", "Api Desk " + word)
                .add("fileName", "story.txt").add("text", DeskSteps.story(word)).build().toString());
        assertEquals(201, created.status(), created.body());
        var article = api.get("api/articles/" + created.json().getJsonNumber("articleId").longValue(), staff("jane"));
        var claims = article.json().getJsonArray("claims");
        assertFalse(claims.isEmpty(), article.body());
        var claimId = claims.getJsonObject(0).getJsonNumber("id").longValue();
        return new Seen(claimId, api.get("api/claims/" + claimId, staff("jane")).etag());
    }

    /** A draft by the given author on a fresh claim; the id is the review's. */
    public Seen draft(String author) {
        var claim = openClaim();
        var started = api.change("POST", "api/claims/" + claim.id() + "/review", staff(author), null, null);
        assertEquals(201, started.status(), started.body());
        return new Seen(started.json().getJsonNumber("id").longValue(), started.etag());
    }

    /** A draft by the given author, complete enough to submit. */
    public Seen saved(String author) {
        var draft = draft(author);
        var saved = api.change("PUT", "api/reviews/" + draft.id(), staff(author), draft.etag(), complete());
        assertEquals(200, saved.status(), saved.body());
        return new Seen(draft.id(), saved.etag());
    }

    /** A review by jane waiting for a desk chief's decision. */
    public Seen submitted() {
        var saved = saved("jane");
        var submitted = api.change("POST", "api/reviews/" + saved.id() + "/submit", staff("jane"), saved.etag(), null);
        assertEquals(200, submitted.status(), submitted.body());
        return new Seen(saved.id(), submitted.etag());
    }

    /** An article whose one started review dana approved; the id is the article's, the ETag the article's. */
    public Seen approvedArticle() {
        var submitted = submitted();
        var approved = api.change("POST", "api/reviews/" + submitted.id() + "/approve", staff("dana"), submitted.etag(), null);
        assertEquals(200, approved.status(), approved.body());
        var claim = api.get("api/claims/" + approved.json().getJsonNumber("claimId").longValue(), staff("dana"));
        var articleId = claim.json().getJsonNumber("articleId").longValue();
        return new Seen(articleId, api.get("api/articles/" + articleId, staff("dana")).etag());
    }

    public Published published() {
        var article = approvedArticle();
        var published = api.change("POST", "api/articles/" + article.id() + "/publish", staff("dana"), article.etag(), null);
        assertEquals(200, published.status(), published.body());
        var claim = api.get("api/articles/" + article.id(), staff("dana")).json().getJsonArray("claims").stream()
                .map(c -> c.asJsonObject()).filter(c -> c.containsKey("reviewId") && !c.isNull("reviewId")).findFirst().orElseThrow();
        var review = api.get("api/reviews/" + claim.getJsonNumber("reviewId").longValue(), staff("dana"));
        return new Published(article.id(), published.etag(), claim.getJsonNumber("id").longValue(), review.etag());
    }

    /** A review a desk chief can decide on: verdict, a rationale long enough and one source. */
    public static String complete() {
        return Json.createObjectBuilder().add("verdict", "HALF_TRUE")
                .add("rationale", "The budget lists 31 schools, not 40, for the period.")
                .add("evidence", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("url", "https://example.org/budget").add("title", "Budget 2027").add("type", "DATA_SET")))
                .build().toString();
    }
}
