package org.factdesk.api;

import static org.factdesk.api.ApiClient.bearer;
import static org.factdesk.api.ApiClient.staff;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Objects;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The REST API as a machine client meets it: the built EAR, real HTTP, Basic auth and API tokens. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApiIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        var ear = new File(Objects.requireNonNull(System.getProperty("factdesk.ear"), "factdesk.ear is set in ear/pom.xml"));
        return ShrinkWrap.create(ZipImporter.class, "factdesk.ear").importFrom(ear).as(EnterpriseArchive.class);
    }

    @ArquillianResource
    URL base;

    @Test
    void aJournalistIngestsAStoryAndReadsItsArticleAndClaims() throws IOException {
        var api = new ApiClient(base);
        var outlet = "API Outlet " + UUID.randomUUID();
        var story = Json.createObjectBuilder().add("outlet", outlet).add("url", "https://example.org/" + UUID.randomUUID())
                .add("fileName", "putin-kim.txt").add("text", seed("002_12d57e7f6210e6f8.txt")).build();

        var created = api.postJson("api/articles", staff("jane"), story.toString());
        assertEquals(201, created.status(), created.body());
        var articleId = created.json().getJsonNumber("articleId").longValue();
        var location = created.headers().firstValue("Location").orElseThrow();
        assertTrue(location.endsWith("/api/articles/" + articleId), location);
        assertTrue(created.json().getInt("claimCount") > 0, created.body());

        var again = api.postJson("api/articles", staff("jane"), story.toString());
        assertEquals(409, again.status(), "the outlet's copy of this text is on the desk already: " + again.body());
        assertTrue(again.message().contains("already on the desk"), again.body());
        assertEquals(location, again.headers().firstValue("Location").orElseThrow(), "the refusal names the stored copy");

        var article = api.get("api/articles/" + articleId, staff("jane"));
        assertEquals(200, article.status(), article.body());
        var json = article.json();
        assertEquals(outlet, json.getString("outlet"));
        assertEquals("INGESTED", json.getString("state"));
        var claim = json.getJsonArray("claims").getJsonObject(0);
        var text = json.getString("cleanedText");
        assertEquals(claim.getString("text"), text.substring(claim.getInt("startOffset"), claim.getInt("endOffset")),
                "claim offsets point into the cleaned text");

        var claimReply = api.get("api/claims/" + claim.getJsonNumber("id").longValue(), staff("ravi"));
        assertEquals(200, claimReply.status(), claimReply.body());
        assertEquals(articleId, claimReply.json().getJsonNumber("articleId").longValue());
        assertEquals(outlet, claimReply.json().getString("outlet"));

        var page = api.get("api/articles?first=0&size=2&state=ingested", staff("alex"));
        assertEquals(200, page.status(), page.body());
        assertTrue(page.json().getJsonArray("rows").size() <= 2);
        assertTrue(page.json().getJsonNumber("total").longValue() >= 1);
        var open = api.get("api/claims?queue=open&size=5", staff("jane"));
        assertEquals(200, open.status(), open.body());
    }

    @Test
    void refusalsAreJsonWithTheStatusAndAMessageForThePersonBehindTheClient() {
        var api = new ApiClient(base);
        var before = total(api);

        var wrongPassword = api.get("api/articles", ApiClient.basic("jane", "not-her-password"));
        assertEquals(401, wrongPassword.status());
        assertTrue(wrongPassword.headers().allValues("WWW-Authenticate").stream().anyMatch(v -> v.startsWith("Basic")));
        assertTrue(wrongPassword.headers().allValues("WWW-Authenticate").stream().anyMatch(v -> v.startsWith("Bearer")));
        assertEquals(401, api.get("api/articles", null).status(), "no credentials");

        var adminOnly = api.get("api/tokens", staff("jane"));
        assertEquals(403, adminOnly.status(), adminOnly.body());
        assertEquals("Your role does not allow this.", adminOnly.message());
        assertEquals(403, api.get("api/reviews/awaiting-decision", staff("jane")).status(), "desk chiefs only");
        assertEquals(200, api.get("api/reviews/awaiting-decision", staff("dana")).status());
        assertEquals(403, api.postJson("api/articles", staff("alex"), "{\"outlet\":\"X\",\"text\":\"Text.\"}").status(),
                "admins read, they do not ingest");

        var noOutlet = api.postJson("api/articles", staff("jane"), "{\"text\":\"\\\"We will win,\\\" the mayor said.\"}");
        assertEquals(400, noOutlet.status(), noOutlet.body());
        assertEquals("Name the outlet the story comes from.", noOutlet.message());
        var empty = api.post("api/articles?outlet=Refusals&fileName=empty.txt", staff("jane"), "text/plain", new byte[0]);
        assertEquals(400, empty.status(), empty.body());
        assertEquals("empty.txt is empty: there is no text to ingest.", empty.message());
        var binary = api.post("api/articles?outlet=Refusals&fileName=scan.txt", staff("jane"), "application/octet-stream",
                new byte[]{0x25, 0x50, 0x44, 0x46, 0, 1, 2, 3, (byte) 0xff, 0});
        assertEquals(400, binary.status(), binary.body());
        assertEquals("scan.txt is not a text or HTML file (it looks like binary data).", binary.message());
        var fiftyMegabytes = api.post("api/articles?outlet=Refusals&fileName=paste.txt", staff("jane"), "text/plain",
                "The mayor said on Monday that 12 people were hurt. ".repeat(1_000_000).getBytes(StandardCharsets.UTF_8));
        assertEquals(413, fiftyMegabytes.status(), fiftyMegabytes.body());
        assertEquals("paste.txt is 48.6 MB; the limit is 5 MB per document.", fiftyMegabytes.message());
        var notJson = api.postJson("api/articles", staff("jane"), "{\"outlet\": ");
        assertEquals(400, notJson.status(), notJson.body());
        assertEquals(400, notJson.json().getInt("status"));
        var badState = api.get("api/articles?state=LOST", staff("jane"));
        assertEquals(400, badState.status());
        assertTrue(badState.message().startsWith("\"LOST\" is not an article state"), badState.message());

        var missing = api.get("api/articles/987654321", staff("jane"));
        assertEquals(404, missing.status());
        assertEquals("Article 987654321 does not exist.", missing.message());
        assertEquals(404, api.get("api/nothing-here", staff("jane")).status());
        assertEquals(before, total(api), "no refused request stored anything");
    }

    @Test
    void refusalsSpeakTheFirstLanguageTheClientAcceptsThatFactdeskSpeaks() {
        var api = new ApiClient(base);
        var german = api.get("api/articles/987654321", staff("jane"), "de-CH, en;q=0.5");
        assertEquals(404, german.status(), german.body());
        assertEquals("Den Artikel 987654321 gibt es nicht.", german.message());
        var badState = api.get("api/articles?state=LOST", staff("jane"), "de");
        assertEquals(400, badState.status(), badState.body());
        assertTrue(badState.message().startsWith("\u201eLOST\u201c ist kein Status eines Artikels"), badState.message());
        assertEquals("Ihre Rolle erlaubt das nicht.", api.get("api/tokens", staff("jane"), "de").message());

        var frenchFirst = api.get("api/articles/987654321", staff("jane"), "fr-FR, de;q=0.8, en;q=0.5");
        assertEquals("Den Artikel 987654321 gibt es nicht.", frenchFirst.message(), "French is skipped: Factdesk does not speak it");
        var onlyFrench = api.get("api/articles/987654321", staff("jane"), "fr");
        assertEquals("Article 987654321 does not exist.", onlyFrench.message());
    }

    @Test
    void anAdminIssuesATokenThatActsAsItsUserUntilItIsRevoked() throws IOException {
        var api = new ApiClient(base);
        var label = "IT client " + UUID.randomUUID();
        var issued = api.postJson("api/tokens", staff("alex"),
                Json.createObjectBuilder().add("username", "jane").add("label", label).build().toString());
        assertEquals(201, issued.status(), issued.body());
        var token = issued.json().getString("token");
        assertTrue(token.startsWith("fdk_"), token);

        assertEquals(200, api.get("api/articles", bearer(token)).status());
        var asJane = api.postJson("api/articles", bearer(token), Json.createObjectBuilder().add("outlet", "Token Outlet")
                .add("fileName", "kim-visit.txt").add("text", seed("003_1b585e5154195667.txt")).build().toString());
        assertEquals(201, asJane.status(), "the token ingests as jane, a journalist: " + asJane.body());
        assertEquals(403, api.get("api/tokens", bearer(token)).status(), "with jane's roles, not the admin's");
        assertEquals(401, api.get("api/articles", ApiClient.basic("jane", token)).status(), "a token is not a password");
        assertEquals(401, api.get("api/articles", bearer(ApiClient.DEMO_PASSWORD)).status(), "a password is not a token");
        assertEquals(302, api.get("article/list.xhtml", bearer(token)).status(), "pages ignore tokens and ask for a login");

        var list = api.get("api/tokens?size=200", staff("alex"));
        assertEquals(200, list.status());
        assertFalse(list.body().contains(token.substring(12)), "the secret is never listed");
        var row = list.json().getJsonArray("rows").getValuesAs(JsonObject.class).stream()
                .filter(t -> t.getString("label").equals(label)).findFirst().orElseThrow();
        assertEquals("ACTIVE", row.getString("status"));
        assertTrue(row.containsKey("lastUsedAt") && !row.isNull("lastUsedAt"), "its use is recorded");

        var revoked = api.delete("api/tokens/" + row.getJsonNumber("id").longValue() + "?version="
                + row.getJsonNumber("version").longValue(), staff("alex"));
        assertEquals(204, revoked.status(), revoked.body());
        assertEquals(401, api.get("api/articles", bearer(token)).status(), "refused at once after revocation");
    }

    @Test
    void theServerDescribesTheApiAtOpenapiBesideTheApplicationAtTheRoot() {
        var api = new ApiClient(base);
        var document = api.get("openapi?format=JSON", null);
        assertEquals(200, document.status(), document.body());
        var openapi = document.json();
        assertEquals("Factdesk API", openapi.getJsonObject("info").getString("title"));
        var paths = openapi.getJsonObject("paths");
        for (var path : new String[]{"/api/articles", "/api/articles/{id}", "/api/claims/{id}", "/api/reviews/{id}",
                "/api/public/claims/{id}", "/api/public/factchecks", "/api/tokens", "/api/claims/{id}/assignment",
                "/api/claims/{id}/take", "/api/claims/{id}/review", "/api/reviews/{id}/submit", "/api/reviews/{id}/approve",
                "/api/reviews/{id}/return", "/api/articles/{id}/publish", "/api/factchecks/{articleId}",
                "/api/factchecks/{articleId}/corrections", "/api/factchecks/{articleId}/retraction", "/api/reviews/{id}/comments",
                "/api/claims/{id}/correction", "/api/claims/{id}/dismissal", "/api/articles/{id}/claims"}) {
            assertTrue(paths.containsKey(path), path + " in " + paths.keySet());
        }
        var take = paths.getJsonObject("/api/claims/{id}/take").getJsonObject("post").getJsonObject("responses");
        assertTrue(take.containsKey("412") && take.containsKey("428"), "a stale and a missing version are described: " + take.keySet());
        var queue = paths.getJsonObject("/api/claims").getJsonObject("get").getJsonObject("responses").getJsonObject("200");
        assertTrue(queue.getJsonObject("headers").containsKey("Link"), "a paged list describes its Link header: " + queue);
        assertTrue(queue.containsKey("content"), "and still its body: " + queue);
        var comments = paths.getJsonObject("/api/reviews/{id}/comments");
        assertTrue(comments.containsKey("get") && comments.containsKey("post"), comments.keySet().toString());
        var schemes = openapi.getJsonObject("components").getJsonObject("securitySchemes");
        assertEquals("basic", schemes.getJsonObject("basic").getString("scheme"));
        assertEquals("bearer", schemes.getJsonObject("token").getString("scheme"));

        var publicIndex = api.get("factcheck/index.xhtml", null);
        assertEquals(200, publicIndex.status());
        assertTrue(publicIndex.body().contains("Factdesk"), "the application still answers at the root");
    }

    @Test
    void publishedFactChecksNeedNoLogin() {
        var api = new ApiClient(base);
        var list = api.get("api/public/factchecks", null);
        assertEquals(200, list.status(), list.body());
        list.array();
        var missing = api.get("api/public/claims/987654321", null);
        assertEquals(404, missing.status());
        assertEquals("Published fact-check of claim 987654321 does not exist.", missing.message());
    }

    private long total(ApiClient api) {
        return api.get("api/articles?size=1", staff("jane")).json().getJsonNumber("total").longValue();
    }

    private static String seed(String name) throws IOException {
        return Files.readString(new File(System.getProperty("factdesk.seeds"), name).toPath());
    }
}
