package org.factdesk.security;

import static org.factdesk.api.ApiClient.bearer;
import static org.factdesk.api.ApiClient.staff;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.io.File;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.StringReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.factdesk.api.ApiClient;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Wrong addresses, stale forms and refused API calls get a clear answer of the right status, never an error page
 * or a stack trace; refusals that are part of normal use do not fill the server log; and public links never take
 * their host from the request.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ErrorResponsesIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        var ear = new File(Objects.requireNonNull(System.getProperty("factdesk.ear"), "factdesk.ear is set in ear/pom.xml"));
        return ShrinkWrap.create(ZipImporter.class, "factdesk.ear").importFrom(ear).as(EnterpriseArchive.class);
    }

    @ArquillianResource
    URL base;

    /** A page that shows one item, and who may open it. */
    private record ItemPage(String path, String viewer) {
    }

    private static final List<ItemPage> ITEM_PAGES = List.of(
            new ItemPage("article/view.xhtml", "jane"), new ItemPage("review/claim.xhtml", "jane"),
            new ItemPage("approval/review.xhtml", "dana"), new ItemPage("approval/correct.xhtml", "dana"),
            new ItemPage("factcheck/article.xhtml", null), new ItemPage("factcheck/claim.xhtml", null),
            new ItemPage("admin/user.xhtml", "alex"), new ItemPage("admin/outlet.xhtml", "alex"));

    @Test
    void aMalformedMissingOrUnknownIdIsANotFoundPageNeverAServerError() {
        var wrong = new ArrayList<String>();
        for (var page : ITEM_PAGES) {
            var person = page.viewer() == null ? new PageSession(base) : new PageSession(base).login(page.viewer());
            for (var id : List.of("abc", "", "999999999")) {
                var reply = person.get(page.path() + "?id=" + id);
                var html = reply.headers().firstValue("Content-Type").orElse("").startsWith("text/html");
                if (reply.status() != 404 || !html) {
                    wrong.add((page.viewer() == null ? "anonymous" : page.viewer()) + " " + reply);
                }
            }
        }
        assertEquals(List.of(), wrong, "each of these should be the 404 page");
    }

    @Test
    void aFormPostedWithABrokenOrExpiredViewStateSaysThePageExpired() {
        var wrong = new ArrayList<String>();

        var visitor = new PageSession(base);
        var login = visitor.get("login.xhtml");
        var broken = visitor.submit(login, "login", Map.of("login:username", "jane", "login:password", "factdesk",
                "jakarta.faces.ViewState", "-123:broken"), "login:submit");
        check(wrong, "broken ViewState on the login form", broken, "login.xhtml");

        var otherVisitor = new PageSession(base);
        otherVisitor.get("login.xhtml");
        var expired = otherVisitor.submit(login, "login", Map.of("login:username", "jane", "login:password", "factdesk"), "login:submit");
        check(wrong, "another session's ViewState on the login form", expired, "login.xhtml");

        var jane = new PageSession(base).login("jane");
        var list = jane.get("article/list.xhtml");
        var stale = jane.submit(list, "filter", Map.of("jakarta.faces.ViewState", "-42:gone"), "filter:apply");
        check(wrong, "broken ViewState on the article filter", stale, "article/list.xhtml");

        assertEquals(List.of(), wrong, "a stale form is answered with 400 and the 'page expired' text, or sent back to its page");
    }

    private static void check(List<String> wrong, String what, PageSession.Reply reply, String page) {
        var expiredPage = reply.status() == 400 && reply.body().toLowerCase().contains("expired");
        var backToPage = (reply.status() == 302 || reply.status() == 303) && reply.location().orElse("").contains(page);
        if (!expiredPage && !backToPage) {
            var text = Jsoup.parse(reply.body()).select("main").text();
            wrong.add(what + ": " + reply + " saying \"" + text.substring(0, Math.min(120, text.length())) + "\"");
        }
    }

    @Test
    void everyApiRefusalIsAProblemDocumentWithItsStatus() {
        var api = new ApiClient(base);
        var wrong = new ArrayList<String>();
        var token = issueToken(api, "jane");

        expect(wrong, "bad JSON", 400, api.postJson("api/articles", staff("jane"), "{\"outlet\": "));
        expect(wrong, "no credentials", 401, api.get("api/articles", null));
        expect(wrong, "journalist on the token list", 403, api.get("api/tokens", bearer(token.secret())));
        expect(wrong, "unknown article", 404, api.get("api/articles/999999999", bearer(token.secret())));
        expect(wrong, "unknown path", 404, api.get("api/nothing-here", bearer(token.secret())));
        expect(wrong, "malformed article id", 404, api.get("api/articles/abc", bearer(token.secret())));
        expect(wrong, "DELETE on the article list", 405, api.delete("api/articles", bearer(token.secret())));
        var other = issueToken(api, "omar");
        expect(wrong, "revoking with a stale version", 412,
                api.delete("api/tokens/" + other.id() + "?version=" + (currentVersion(api, other.id()) + 7), staff("alex")));
        expect(wrong, "revoking with an If-Match that is no version", 412,
                api.change("DELETE", "api/tokens/" + other.id(), staff("alex"), "\"not-a-version\"", null));
        expect(wrong, "revoking without a version", 428, api.delete("api/tokens/" + other.id(), staff("alex")));
        expect(wrong, "retracting a fact-check that was never published", 409, api.change("POST",
                "api/factchecks/999999999/retraction", staff("dana"), "\"0\"", "{\"reason\":\"Never published.\"}"));
        var overFiveMegabytes = "The mayor said on Monday that 12 people were hurt. ".repeat(105_000).getBytes(StandardCharsets.UTF_8);
        expect(wrong, "a body over 5 MB", 413, api.post("api/articles?outlet=Limits&fileName=big.txt", bearer(token.secret()),
                "text/plain", overFiveMegabytes));
        expect(wrong, "an XML body", 415, api.post("api/articles", bearer(token.secret()), "application/xml",
                "<story><outlet>X</outlet></story>".getBytes(StandardCharsets.UTF_8)));

        assertEquals(List.of(), wrong, "API refusals");
    }

    private static void expect(List<String> wrong, String what, int status, ApiClient.Reply reply) {
        if (reply.status() != status) {
            wrong.add(what + ": status " + reply.status() + " instead of " + status + " (" + shortly(reply.body()) + ")");
            return;
        }
        ProblemDetails.violation(reply.status(), reply.headers(), reply.body()).ifPresent(v -> wrong.add(what + " (" + status + "): " + v));
    }

    @Test
    void aTokenIsRevokedOnlyWithTheVersionTheAdminSaw() {
        var api = new ApiClient(base);
        var token = issueToken(api, "jane");

        var withoutVersion = api.delete("api/tokens/" + token.id(), staff("alex"));
        var useAfterwards = api.get("api/articles?size=1", bearer(token.secret())).status();
        assertAll(
                () -> assertTrue(withoutVersion.status() == 428 || withoutVersion.status() == 400,
                        "a revocation without the version is refused, got " + withoutVersion.status() + " " + shortly(withoutVersion.body())),
                () -> assertEquals(200, useAfterwards, "the token still works after the refused revocation"),
                () -> {
                    if (withoutVersion.status() >= 400) {
                        assertEquals(Optional.empty(), ProblemDetails.violation(withoutVersion.status(), withoutVersion.headers(),
                                withoutVersion.body()), "the refusal is a problem document");
                    }
                });
    }

    @Test
    void refusalsInNormalUseLeaveNoStackTraceAndAtMostALineEachInTheLog() throws IOException {
        var log = Path.of(Objects.requireNonNull(System.getProperty("jboss.home"), "jboss.home is set in ear/pom.xml"),
                "standalone", "log", "server.log");
        assertTrue(Files.exists(log), "the test server writes " + log);
        var api = new ApiClient(base);
        var jane = new PageSession(base).login("jane");
        var token = issueToken(api, "jane");
        var statuses = new ArrayList<String>();
        long before = Files.size(log);

        for (int i = 0; i < 10; i++) {
            statuses.add("403 " + jane.get("admin/reports.xhtml").status());
            statuses.add("403 " + api.get("api/tokens", bearer(token.secret())).status());
            statuses.add("404 " + jane.get("article/view.xhtml?id=999999999").status());
            statuses.add("404 " + api.get("api/articles/999999999", bearer(token.secret())).status());
        }

        var written = readFrom(log, before);
        assertEquals(List.of(), statuses.stream().filter(s -> !s.substring(0, 3).equals(s.substring(4))).toList(),
                "every request got the refusal it should (expected, got)");
        var lines = written.isEmpty() ? List.<String>of() : written.lines().toList();
        var traces = lines.stream().filter(l -> l.startsWith("\tat ") || l.contains("Caused by")).count();
        var summary = summary(lines);
        assertAll(
                () -> assertEquals(0, traces, "no stack trace for a refusal; the log had " + lines.size() + " new lines: " + summary),
                () -> assertTrue(lines.size() <= statuses.size(), "at most one log line per refused request: " + lines.size()
                        + " lines for " + statuses.size() + " requests: " + summary));
    }

    /** The log's entries by level, category and the start of their message, counted. */
    private static Map<String, Long> summary(List<String> lines) {
        var entry = java.util.regex.Pattern.compile("^\\S+ \\S+ (\\w+)\\s+\\[([^\\]]+)\\] \\([^)]*\\) (.{0,90})");
        return lines.stream().map(entry::matcher).filter(java.util.regex.Matcher::find)
                .collect(java.util.stream.Collectors.groupingBy(m -> m.group(1) + " [" + m.group(2) + "] " + m.group(3),
                        java.util.TreeMap::new, java.util.stream.Collectors.counting()));
    }

    private static String readFrom(Path log, long offset) throws IOException {
        try (var file = new RandomAccessFile(log.toFile(), "r")) {
            var length = file.length();
            if (length <= offset) {
                return "";
            }
            var bytes = new byte[(int) (length - offset)];
            file.seek(offset);
            file.readFully(bytes);
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    @Test
    void publicLinksAndTheClaimReviewUseTheConfiguredAddressWhateverHostTheRequestNames() {
        var publicUrl = System.getProperty("factdesk.public-url");
        assertNotNull(publicUrl, "factdesk.public-url is set for the tests in ear/pom.xml");
        var published = new DeskSteps(base).publishOneClaim("Host Outlet " + UUID.randomUUID(), "MOSTLY_FALSE",
                "The budget lists 12 schools, not 40.", "https://example.org/budget");

        var page = RawHttp.get(base, "/factcheck/claim.xhtml?id=" + published.claimId(), "evil.example", Map.of());
        assertEquals(200, page.status(), "the public page opens");
        assertFalse(page.body().contains("evil.example"), "no address on the public page names the forged host: "
                + excerptAround(page.body(), "evil.example"));
        var jsonLd = Jsoup.parse(page.body()).select("script[type=application/ld+json]");
        assertEquals(1, jsonLd.size(), "one ClaimReview on the page");
        var claimReview = Json.createReader(new StringReader(jsonLd.get(0).data())).readObject();
        assertTrue(claimReview.getString("url").startsWith(publicUrl), "the page's ClaimReview url: " + claimReview.getString("url"));

        var api = RawHttp.get(base, "/api/public/claims/" + published.claimId(), "evil.example", Map.of("Accept", "application/ld+json"));
        assertEquals(200, api.status(), "the public API answers");
        assertFalse(api.body().contains("evil.example"), "the API's ClaimReview names no forged host: " + excerptAround(api.body(), "evil.example"));
        var fromApi = Json.createReader(new StringReader(api.body())).readObject();
        assertTrue(fromApi.getString("url").startsWith(publicUrl), "the API's ClaimReview url: " + fromApi.getString("url"));
    }

    private static String excerptAround(String text, String word) {
        var at = text.indexOf(word);
        return at < 0 ? "" : text.substring(Math.max(0, at - 80), Math.min(text.length(), at + 40));
    }

    /** A freshly issued, never used token. */
    private record Token(long id, String secret) {
    }

    private static Token issueToken(ApiClient api, String username) {
        var issued = api.postJson("api/tokens", staff("alex"), Json.createObjectBuilder().add("username", username)
                .add("label", "errors " + UUID.randomUUID()).build().toString());
        assertEquals(201, issued.status(), issued.body());
        return new Token(issued.json().getJsonNumber("id").longValue(), issued.json().getString("token"));
    }

    private static long currentVersion(ApiClient api, long tokenId) {
        var list = api.get("api/tokens?size=200", staff("alex"));
        assertEquals(200, list.status(), list.body());
        return list.json().getJsonArray("rows").stream().map(r -> r.asJsonObject())
                .filter(r -> r.getJsonNumber("id").longValue() == tokenId).findFirst().orElseThrow()
                .getJsonNumber("version").longValue();
    }

    private static String shortly(String body) {
        return body.length() > 160 ? body.substring(0, 160) + "…" : body;
    }
}
