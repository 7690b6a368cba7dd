package org.factdesk.api;

import static org.factdesk.api.ApiClient.bearer;
import static org.factdesk.api.ApiClient.staff;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.File;
import java.net.URL;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.factdesk.security.DeskSteps;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The review workflow driven by a newsroom's scripts with nothing but HTTP and two API tokens, a journalist's and a
 * desk chief's: ingest, assign, take, draft, save, submit, approve, publish, correct, retract; with the same
 * four-eyes and version rules as the pages (a stale If-Match is 412, a missing one 428, a change the state refuses
 * 409), paged lists walked by their Link headers, and a review's conversation between its author and the desk chiefs.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WorkflowApiIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        var ear = new File(Objects.requireNonNull(System.getProperty("factdesk.ear"), "factdesk.ear is set in ear/pom.xml"));
        return ShrinkWrap.create(ZipImporter.class, "factdesk.ear").importFrom(ear).as(EnterpriseArchive.class);
    }

    @ArquillianResource
    URL base;

    private static final String RATIONALE = "The ministry's own tender lists 52 million, not 38 million, for the repairs.";

    @Test
    void aClaimGoesFromIngestToAPublishedClaimReviewOverHttpWithTwoTokens() {
        var api = new ApiClient(base);
        var jane = bearer(token(api, "jane"));
        var dana = bearer(token(api, "dana"));
        var word = DeskSteps.uniqueWord();

        var articleId = ingest(api, jane, word);
        var claimId = firstClaim(api, jane, articleId);
        var seen = api.get("api/claims/" + claimId, dana);
        assertEquals(200, seen.status(), seen.body());
        assertEquals("\"" + seen.json().getJsonNumber("version").longValue() + "\"", seen.etag(), "the ETag is the version");

        var unversioned = api.change("POST", "api/claims/" + claimId + "/assignment", dana, null, assignTo("jane"));
        assertProblem(unversioned, 428);
        var byJournalist = api.change("POST", "api/claims/" + claimId + "/assignment", jane, seen.etag(), assignTo("jane"));
        assertProblem(byJournalist, 403);
        var assigned = api.change("POST", "api/claims/" + claimId + "/assignment", dana, seen.etag(), assignTo("jane"));
        assertEquals(200, assigned.status(), assigned.body());
        assertEquals("jane", assigned.json().getString("assignee"));
        assertNotEquals(seen.etag(), assigned.etag(), "assigning changed the claim's version");

        var stale = api.change("POST", "api/claims/" + claimId + "/take", jane, seen.etag(), null);
        assertProblem(stale, 412);
        assertEquals("Someone changed this claim while you were looking at it. Reload it and try again.", stale.message());
        assertEquals(assigned.etag(), api.get("api/claims/" + claimId, jane).etag(), "the stale take wrote nothing");
        var staleInGerman = api.change("POST", "api/claims/" + claimId + "/take", jane, seen.etag(), null, "de");
        assertProblem(staleInGerman, 412);
        assertEquals("Jemand hat diese Aussage geändert, während Sie sie offen hatten. Laden Sie sie neu und versuchen Sie es erneut.",
                staleInGerman.message());
        var taken = api.change("POST", "api/claims/" + claimId + "/take", jane, assigned.etag(), null);
        assertEquals(200, taken.status(), taken.body());
        assertEquals("jane", taken.json().getString("assignee"));

        var started = api.change("POST", "api/claims/" + claimId + "/review", jane, null, null);
        assertEquals(201, started.status(), started.body());
        var reviewId = started.json().getJsonNumber("id").longValue();
        assertTrue(started.headers().firstValue("Location").orElseThrow().endsWith("/api/reviews/" + reviewId));
        assertEquals("DRAFT", started.json().getString("state"));

        var saved = api.change("PUT", "api/reviews/" + reviewId, jane, started.etag(), draft("MOSTLY_FALSE", RATIONALE, word));
        assertEquals(200, saved.status(), saved.body());
        assertEquals("MOSTLY_FALSE", saved.json().getString("verdict"));
        var overwrite = api.change("PUT", "api/reviews/" + reviewId, jane, started.etag(), draft("TRUE", "A stale form's rationale, long enough.", word));
        assertProblem(overwrite, 412);
        var afterStale = api.get("api/reviews/" + reviewId, jane);
        assertEquals("MOSTLY_FALSE", afterStale.json().getString("verdict"), "the stale save wrote nothing");
        assertEquals(saved.etag(), afterStale.etag());
        var badEvidence = api.change("PUT", "api/reviews/" + reviewId, jane, saved.etag(),
                Json.createObjectBuilder().add("verdict", "FALSE").add("rationale", RATIONALE)
                        .add("evidence", Json.createArrayBuilder().add(Json.createObjectBuilder().add("url", "not a web address")))
                        .build().toString());
        assertProblem(badEvidence, 400);
        assertEquals(saved.etag(), api.get("api/reviews/" + reviewId, jane).etag(), "a refused save changed nothing");

        var submitted = api.change("POST", "api/reviews/" + reviewId + "/submit", jane, saved.etag(), null);
        assertEquals(200, submitted.status(), submitted.body());
        assertEquals("SUBMITTED", submitted.json().getString("state"));
        var notADraft = api.change("PUT", "api/reviews/" + reviewId, jane, submitted.etag(), draft("TRUE", RATIONALE, word));
        assertProblem(notADraft, 409);
        assertEquals(submitted.etag(), api.get("api/reviews/" + reviewId, jane).etag(),
                "a current version that the state refuses is a conflict, not a stale precondition, and writes nothing");
        assertProblem(api.change("POST", "api/reviews/" + reviewId + "/approve", jane, submitted.etag(), null), 403);

        var approved = api.change("POST", "api/reviews/" + reviewId + "/approve", dana, submitted.etag(), null);
        assertEquals(200, approved.status(), approved.body());
        assertEquals("APPROVED", approved.json().getString("state"));
        assertEquals("dana", approved.json().getString("decidedBy"));

        var article = api.get("api/articles/" + articleId, dana);
        assertEquals("APPROVED", article.json().getString("state"), article.body());
        assertProblem(api.change("POST", "api/articles/" + articleId + "/publish", dana, null, null), 428);
        var published = api.change("POST", "api/articles/" + articleId + "/publish", dana, article.etag(), null);
        assertEquals(200, published.status(), published.body());
        assertEquals("PUBLISHED", published.json().getString("status"));
        var claimReview = api.get("api/public/claims/" + claimId, null);
        assertEquals(200, claimReview.status(), claimReview.body());
        assertTrue(claimReview.body().contains("ClaimReview"), claimReview.body());
        assertTrue(claimReview.body().contains("Mostly false"), claimReview.body());

        var review = api.get("api/reviews/" + reviewId, dana);
        var corrected = api.change("POST", "api/factchecks/" + articleId + "/corrections", dana, review.etag(),
                Json.createObjectBuilder().add("claimId", claimId).add("verdict", "FALSE").add("rationale", RATIONALE)
                        .add("note", "The tender was revised; the figure is further off than we said.").build().toString());
        assertEquals(200, corrected.status(), corrected.body());
        var entry = corrected.json().getJsonArray("corrections").getJsonObject(0);
        assertEquals("MOSTLY_FALSE", entry.getString("previousVerdict"));
        assertEquals("FALSE", entry.getString("newVerdict"));

        assertProblem(api.change("POST", "api/factchecks/" + articleId + "/retraction", dana, published.etag(),
                reason("Stale version.")), 412);
        var retracted = api.change("POST", "api/factchecks/" + articleId + "/retraction", dana, corrected.etag(),
                reason("The source document turned out to be forged."));
        assertEquals(200, retracted.status(), retracted.body());
        assertEquals("RETRACTED", retracted.json().getString("status"));
        assertEquals(404, api.get("api/public/claims/" + claimId, null).status(), "a retracted verdict is served no more");
    }

    @Test
    void aDeskChiefCannotApproveHerOwnReview() {
        var api = new ApiClient(base);
        var dana = bearer(token(api, "dana"));
        var word = DeskSteps.uniqueWord();
        var claimId = firstClaim(api, dana, ingest(api, dana, word));

        var started = api.change("POST", "api/claims/" + claimId + "/review", dana, null, null);
        assertEquals(201, started.status(), started.body());
        var reviewId = started.json().getJsonNumber("id").longValue();
        var saved = api.change("PUT", "api/reviews/" + reviewId, dana, started.etag(), draft("FALSE", RATIONALE, word));
        assertEquals(200, saved.status(), saved.body());
        var submitted = api.change("POST", "api/reviews/" + reviewId + "/submit", dana, saved.etag(), null);
        assertEquals(200, submitted.status(), submitted.body());

        var own = api.change("POST", "api/reviews/" + reviewId + "/approve", dana, submitted.etag(), null);
        assertProblem(own, 400);
        assertEquals("You wrote this review, so you cannot approve it: another desk chief must decide (four-eyes rule).",
                own.message());
        var after = api.get("api/reviews/" + reviewId, dana);
        assertEquals(submitted.etag(), after.etag(), "the refusal changed nothing");
        assertEquals("SUBMITTED", after.json().getString("state"));

        var returned = api.change("POST", "api/reviews/" + reviewId + "/return", staff("ravi"), submitted.etag(),
                Json.createObjectBuilder().add("comment", "Add the tender itself as evidence, " + word + ".").build().toString());
        assertEquals(200, returned.status(), "another desk chief returns it: " + returned.body());
        assertEquals("RETURNED", returned.json().getString("state"));
    }

    @Test
    void everyMemberOfStaffListsClaimsAdminsIncluded() {
        var api = new ApiClient(base);
        var alex = bearer(token(api, "alex"));
        var open = api.get("api/claims?size=3", alex);
        assertEquals(200, open.status(), open.body());
        assertTrue(open.json().getJsonArray("rows").size() <= 3);
        var mine = api.get("api/claims?queue=mine", alex);
        assertEquals(200, mine.status(), mine.body());
        assertEquals(0, mine.json().getJsonNumber("total").longValue(), "an admin holds no claims");
        assertProblem(api.change("POST", "api/claims/" + firstOpen(api, alex) + "/take", alex, "\"0\"", null), 403);
    }

    @Test
    void everyPagedListLinksToItsFirstPreviousNextAndLastPages() {
        var api = new ApiClient(base);
        var jane = bearer(token(api, "jane"));
        for (int i = 0; i < 3; i++) {
            ingest(api, jane, DeskSteps.uniqueWord());
        }
        for (var list : List.of("api/articles?state=ingested&size=2", "api/claims?queue=open&size=2")) {
            var page = api.get(list, jane);
            assertEquals(200, page.status(), page.body());
            var links = links(page);
            var total = page.json().getJsonNumber("total").longValue();
            assertTrue(total > 2, list + " has more than one page: " + page.body());
            assertEquals(Set.of("first", "next", "last"), links.keySet(), list + " on its first page: " + links);
            var query = list.substring(list.indexOf('?') + 1).replace("&size=2", "");
            for (var link : links.values()) {
                assertTrue(link.startsWith(publicUrl() + list.substring(0, list.indexOf('?')) + "?" + query + "&first="),
                        "on the configured address, with the same query: " + link);
            }
            assertTrue(links.get("last").endsWith("&first=" + (total - 1) / 2 * 2 + "&size=2"), links.get("last"));

            var next = follow(api, links.get("next"), jane);
            assertEquals(200, next.status(), next.body());
            assertEquals(2, next.json().getInt("first"), "rel=next is the second page of " + list);
            assertEquals(Set.of(), overlap(ids(page), ids(next)), "the second page goes on where the first ended");
            assertEquals(links.get("first"), links(next).get("prev"), "and leads back to the first");
            var last = follow(api, links.get("last"), jane);
            assertFalse(links(last).containsKey("next"), "the last page has no next: " + links(last));
        }
        var outOfRange = api.get("api/articles?state=ingested&size=2&first=100000000", jane);
        assertEquals(200, outOfRange.status(), outOfRange.body());
        assertTrue(outOfRange.json().getJsonArray("rows").isEmpty());
        assertTrue(links(outOfRange).get("prev").contains("&first=" + (outOfRange.json().getJsonNumber("total").longValue() - 1) / 2 * 2),
                "past the end, prev is the last page that has rows: " + links(outOfRange));
        assertTrue(links(api.get("api/reviews/awaiting-decision?size=1", staff("dana"))).containsKey("first"));
        assertTrue(links(api.get("api/tokens?size=1", staff("alex"))).containsKey("last"));
    }

    @Test
    void aReviewsConversationRunsBetweenItsAuthorAndTheDeskChiefsAndNobodyElse() {
        var api = new ApiClient(base);
        var jane = staff("jane");
        var dana = staff("dana");
        var review = new ApiDesk(base).submitted();
        var thread = "api/reviews/" + review.id() + "/comments";

        var asked = api.postJson(thread, dana, comment("Which page of the budget lists the 31 schools?"));
        assertEquals(201, asked.status(), asked.body());
        assertEquals("Which page of the budget lists the 31 schools?", asked.json().getString("text"));
        var read = api.get(thread, jane);
        assertEquals(200, read.status(), read.body());
        assertEquals(1, read.json().getJsonNumber("total").longValue(), read.body());
        var first = read.json().getJsonArray("rows").getJsonObject(0);
        assertEquals(List.of(asked.json().getString("author"), "Which page of the budget lists the 31 schools?"),
                List.of(first.getString("author"), first.getString("text")), "the author reads the desk chief's question");
        var answered = api.postJson(thread, jane, comment("Page 14, table 3."));
        assertEquals(201, answered.status(), answered.body());
        assertNotEquals(asked.json().getString("author"), answered.json().getString("author"));

        var page = api.get(thread + "?size=1", dana);
        assertEquals(2, page.json().getJsonNumber("total").longValue(), page.body());
        assertEquals("Which page of the budget lists the 31 schools?", page.json().getJsonArray("rows").getJsonObject(0).getString("text"));
        var next = follow(api, links(page).get("next"), dana);
        assertEquals("Page 14, table 3.", next.json().getJsonArray("rows").getJsonObject(0).getString("text"),
                "the desk chief reads the author's answer on the next page, oldest first");
        assertEquals(review.etag(), api.get("api/reviews/" + review.id(), jane).etag(), "a comment changes nothing of the review");

        var empty = api.change("POST", thread, jane, null, comment("   "), "de");
        assertProblem(empty, 400);
        assertEquals("Schreiben Sie etwas, bevor Sie eine Nachricht senden.", empty.message());
        assertProblem(api.postJson(thread, jane, ""), 400);
        assertProblem(api.postJson(thread, jane, comment("x".repeat(2001))), 400);

        for (var outsider : List.of(staff("omar"), staff("alex"))) {
            var refused = api.get(thread, outsider);
            assertProblem(refused, 403);
            assertEquals("Only the review's author and the desk chiefs take part in its conversation.", refused.message());
        }
        assertProblem(api.postJson(thread, staff("omar"), comment("Me too.")), 403);
        assertProblem(api.postJson(thread, staff("alex"), comment("Me too.")), 403);
        assertEquals(2, api.get(thread, dana).json().getJsonNumber("total").longValue(), "the refused comments wrote nothing");
        assertProblem(api.get("api/reviews/999999999/comments", dana), 404);
    }

    @Test
    void aDraftsConversationIsRefusedToAnotherJournalist() {
        var api = new ApiClient(base);
        var draft = new ApiDesk(base).draft("jane");
        var thread = "api/reviews/" + draft.id() + "/comments";
        assertEquals(201, api.postJson(thread, staff("jane"), comment("Started on it; the budget is on the ministry site.")).status());

        var refused = api.get(thread, staff("omar"));
        assertProblem(refused, 403);
        assertFalse(refused.body().contains("budget is on the ministry site"), refused.body());
        assertProblem(api.get("api/reviews/" + draft.id(), staff("omar")), 403);
        assertEquals(1, api.get(thread, staff("dana")).json().getJsonNumber("total").longValue(), "a desk chief reads it");
    }

    @Test
    void theDeskCorrectsAClaimDismissesOneAndAddsOneOverHttpWithTheSameVersionRules() {
        var api = new ApiClient(base);
        var jane = bearer(token(api, "jane"));
        var word = DeskSteps.uniqueWord();
        var articleId = ingest(api, jane, word);
        var claimId = firstClaim(api, jane, articleId);
        var seen = api.get("api/claims/" + claimId, jane);
        var text = seen.json().getString("text");
        var edit = Json.createObjectBuilder().add("text", text).add("speaker", "Elena " + word + "ova")
                .add("everySpelling", false).build().toString();

        assertProblem(api.change("POST", "api/claims/" + claimId + "/correction", jane, null, edit), 428);
        var corrected = api.change("POST", "api/claims/" + claimId + "/correction", jane, seen.etag(), edit);
        assertEquals(200, corrected.status(), corrected.body());
        assertEquals("Elena " + word + "ova", corrected.json().getString("speaker"));
        assertTrue(corrected.json().getJsonObject("correction").getBoolean("speakerCorrected"), corrected.body());
        assertProblem(api.change("POST", "api/claims/" + claimId + "/correction", jane, seen.etag(), edit), 412);
        var notInText = Json.createObjectBuilder().add("text", "words the story never printed").add("speaker", "")
                .add("everySpelling", false).build().toString();
        assertProblem(api.change("POST", "api/claims/" + claimId + "/correction", jane, corrected.etag(), notInText), 400);
        assertEquals(corrected.etag(), api.get("api/claims/" + claimId, jane).etag(), "the refused correction wrote nothing");

        assertProblem(api.change("POST", "api/claims/" + claimId + "/dismissal", jane, corrected.etag(), reason(" ")), 400);
        var dismissed = api.change("POST", "api/claims/" + claimId + "/dismissal", jane, corrected.etag(),
                reason("The same statement as the next claim"));
        assertEquals(200, dismissed.status(), dismissed.body());
        assertEquals("DISMISSED", dismissed.json().getString("state"));
        assertEquals("The same statement as the next claim",
                dismissed.json().getJsonObject("correction").getString("dismissalReason"));
        var reinstated = api.change("DELETE", "api/claims/" + claimId + "/dismissal", jane, dismissed.etag(), null);
        assertEquals(200, reinstated.status(), reinstated.body());
        assertEquals("OPEN", reinstated.json().getString("state"));

        var article = api.get("api/articles/" + articleId, jane);
        var missed = Json.createObjectBuilder().add("text", "take nine months").add("speaker", "The transport ministry")
                .build().toString();
        assertProblem(api.change("POST", "api/articles/" + articleId + "/claims", jane, null, missed), 428);
        var added = api.change("POST", "api/articles/" + articleId + "/claims", jane, article.etag(), missed);
        assertEquals(201, added.status(), added.body());
        assertEquals("take nine months", added.json().getString("text"));
        assertTrue(added.json().getJsonObject("correction").getBoolean("addedByDesk"));
        var location = added.headers().firstValue("Location").orElseThrow();
        assertTrue(location.endsWith("/api/claims/" + added.json().getJsonNumber("id").longValue()), location);
    }

    private static String comment(String text) {
        return Json.createObjectBuilder().add("text", text).build().toString();
    }

    private static String publicUrl() {
        return Objects.requireNonNull(System.getProperty("factdesk.public-url"), "factdesk.public-url is set for the tests in ear/pom.xml");
    }

    /** The Link headers of an answer by their relation: {@code <address>; rel="next"} as next -> address. */
    static Map<String, String> links(ApiClient.Reply reply) {
        var links = new LinkedHashMap<String, String>();
        for (var header : reply.headers().allValues("Link")) {
            for (var value : header.split(",\\s*(?=<)")) {
                var matcher = LINK.matcher(value.strip());
                assertTrue(matcher.matches(), "a Link as RFC 8288 writes it: " + value);
                links.put(matcher.group(2), matcher.group(1));
            }
        }
        return links;
    }

    private static final Pattern LINK = Pattern.compile("<([^>]+)>;\\s*rel=\"([a-z]+)\"");

    /** Follows a link on the configured public address to the server under test, as a proxy in front of it would. */
    static ApiClient.Reply follow(ApiClient api, String link, String auth) {
        assertTrue(link.startsWith(publicUrl()), link);
        return api.get(link.substring(publicUrl().length()), auth);
    }

    private static List<Long> ids(ApiClient.Reply page) {
        return page.json().getJsonArray("rows").stream().map(r -> r.asJsonObject().getJsonNumber("id").longValue()).toList();
    }

    private static Set<Long> overlap(List<Long> a, List<Long> b) {
        return a.stream().filter(b::contains).collect(Collectors.toSet());
    }

    private static long firstOpen(ApiClient api, String auth) {
        var rows = api.get("api/claims?size=1", auth).json().getJsonArray("rows");
        return rows.isEmpty() ? 987654321L : rows.getJsonObject(0).getJsonNumber("id").longValue();
    }

    /** A token an admin issues for a demo account, as a newsroom would set up its scripts. */
    private static String token(ApiClient api, String username) {
        var issued = api.postJson("api/tokens", staff("alex"), Json.createObjectBuilder().add("username", username)
                .add("label", "workflow " + UUID.randomUUID()).build().toString());
        assertEquals(201, issued.status(), issued.body());
        return issued.json().getString("token");
    }

    private static long ingest(ApiClient api, String auth, String word) {
        var story = "Bridge repairs in " + word + " will cost less, ministry says\n\nThe transport ministry said on Tuesday that"
                + " repairing the " + word + " bridge will cost 38 million euros and take nine months.\n\n\"Traffic will flow"
                + " again by March 2027,\" transport minister Elena " + word + "ova told reporters.\n\nThe opposition said the"
                + " repairs would cost at least 52 million euros.\n";
        var created = api.postJson("api/articles", auth, Json.createObjectBuilder().add("outlet", "Workflow Courier " + word)
                .add("url", "https://example.org/" + word).add("fileName", "bridge.txt").add("text", story).build().toString());
        assertEquals(201, created.status(), created.body());
        return created.json().getJsonNumber("articleId").longValue();
    }

    private static long firstClaim(ApiClient api, String auth, long articleId) {
        var article = api.get("api/articles/" + articleId, auth);
        assertEquals(200, article.status(), article.body());
        var claims = article.json().getJsonArray("claims");
        assertFalse(claims.isEmpty(), "the engine found claims: " + article.body());
        return claims.getJsonObject(0).getJsonNumber("id").longValue();
    }

    private static String assignTo(String journalist) {
        return Json.createObjectBuilder().add("journalist", journalist).build().toString();
    }

    private static String reason(String reason) {
        return Json.createObjectBuilder().add("reason", reason).build().toString();
    }

    private static String draft(String verdict, String rationale, String word) {
        return Json.createObjectBuilder().add("verdict", verdict).add("rationale", rationale)
                .add("evidence", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("url", "https://example.org/tender-" + word).add("title", "Tender documents")
                        .add("type", "PRIMARY_DOCUMENT")))
                .build().toString();
    }

    /** A refusal as RFC 9457 describes it: problem+json, with the status again and a message for the person. */
    private static void assertProblem(ApiClient.Reply reply, int status) {
        assertEquals(status, reply.status(), reply.body());
        assertTrue(reply.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                reply.headers().map().toString());
        JsonObject problem = reply.json();
        assertEquals(status, problem.getInt("status"));
        assertFalse(problem.getString("detail").isBlank());
    }
}
