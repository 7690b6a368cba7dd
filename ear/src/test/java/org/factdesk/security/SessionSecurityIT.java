package org.factdesk.security;

import static org.factdesk.api.ApiClient.bearer;
import static org.factdesk.api.ApiClient.staff;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.io.File;
import java.net.URL;
import java.net.http.HttpHeaders;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import org.factdesk.api.ApiClient;
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
 * Sessions and credentials hold against the usual attacks: a session id planted before login is worthless after
 * it, API credentials never turn into a page session, path tricks do not carry a token onto a page, the session
 * cookie is out of scripts' and other sites' reach, and every answer tells the browser not to frame, sniff or leak.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SessionSecurityIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        var ear = new File(Objects.requireNonNull(System.getProperty("factdesk.ear"), "factdesk.ear is set in ear/pom.xml"));
        return ShrinkWrap.create(ZipImporter.class, "factdesk.ear").importFrom(ear).as(EnterpriseArchive.class);
    }

    @ArquillianResource
    URL base;

    private static final String MY_CLAIMS = "review/mine.xhtml";

    @Test
    void theSessionIdBeforeLoginIsWorthlessAfterIt() {
        var jane = new PageSession(base);
        jane.get("login.xhtml");
        var planted = jane.cookie(PageSession.SESSION_COOKIE);
        assertNotNull(planted, "the login page starts a session (its form's state lives there)");

        jane.login("jane");
        var afterLogin = jane.cookie(PageSession.SESSION_COOKIE);
        assertEquals(200, jane.get(MY_CLAIMS).status(), "the session after login opens jane's pages");

        var attacker = new PageSession(base);
        attacker.setCookie(PageSession.SESSION_COOKIE, planted);
        var withPlanted = attacker.get(MY_CLAIMS);
        assertAll(
                () -> assertNotEquals(planted, afterLogin, "the session id changes at login"),
                () -> assertTrue(withPlanted.isRedirect() && withPlanted.location().orElse("").contains("login.xhtml"),
                        "the id from before the login is sent to log in, not into jane's pages: " + withPlanted));
    }

    @Test
    void apiRequestsWithATokenOrBasicSetNoCookie() {
        var api = new ApiClient(base);
        var token = issue(api, "jane");
        var withToken = api.get("api/articles?size=1", bearer(token.secret()));
        var withBasic = api.get("api/articles?size=1", staff("omar"));
        assertEquals(200, withToken.status(), withToken.body());
        assertEquals(200, withBasic.status(), withBasic.body());
        assertAll(
                () -> assertEquals(List.of(), withToken.headers().allValues("Set-Cookie"), "a Bearer request sets no cookie"),
                () -> assertEquals(List.of(), withBasic.headers().allValues("Set-Cookie"), "a Basic request sets no cookie"));
    }

    @Test
    void aRevokedTokenIsRefusedAndNothingItLeftBehindOpensAPage() {
        var api = new ApiClient(base);
        var token = issue(api, "jane");
        var client = new PageSession(base);
        var used = client.get("api/articles?size=1", Map.of("Authorization", bearer(token.secret())));
        assertEquals(200, used.status(), "the token works before it is revoked");
        var cookiesFromUse = client.setCookiesSeen();

        var version = api.get("api/tokens?size=200", staff("alex")).json().getJsonArray("rows").stream()
                .map(r -> r.asJsonObject()).filter(r -> r.getJsonNumber("id").longValue() == token.id()).findFirst()
                .orElseThrow().getJsonNumber("version").longValue();
        var revoked = api.delete("api/tokens/" + token.id() + "?version=" + version, staff("alex"));
        assertEquals(204, revoked.status(), "the admin revokes the token: " + revoked.body());

        var tokenAlone = api.get("api/articles?size=1", bearer(token.secret()));
        var tokenWithItsCookies = client.get("api/articles?size=1", Map.of("Authorization", bearer(token.secret())));
        var cookiesAlone = client.get(MY_CLAIMS);
        assertAll(
                () -> assertEquals(401, tokenAlone.status(), "the revoked token is refused"),
                () -> assertEquals(401, tokenWithItsCookies.status(),
                        "the revoked token is refused even with the cookies its use left (" + cookiesFromUse + ")"),
                () -> assertFalse(cookiesAlone.status() == 200,
                        "no cookie obtained with the token opens jane's pages (" + cookiesFromUse + "): " + cookiesAlone));
    }

    @Test
    void pathTricksDoNotCarryATokenOntoAPage() {
        var token = issue(new ApiClient(base), "jane");
        var wrong = new ArrayList<String>();
        for (var path : List.of("/api/../review/mine.xhtml", "/api/%2e%2e/review/mine.xhtml", "/api/%2E%2E/review/mine.xhtml",
                "/api/..;/review/mine.xhtml")) {
            var answer = RawHttp.get(base, path, base.getHost() + ":" + base.getPort(), Map.of("Authorization", bearer(token.secret())));
            if (answer.status() >= 200 && answer.status() < 300) {
                wrong.add(path + " answered " + answer.status() + " with " + answer.body().length() + " characters");
            }
        }
        assertEquals(List.of(), wrong, "a token reaches the API only, never a page behind a path trick");
    }

    @Test
    void theSessionCookieIsHiddenFromScriptsAndOtherSites() {
        var jane = new PageSession(base);
        jane.get("login.xhtml");
        jane.login("jane");
        var sessionCookies = jane.setCookiesSeen().stream()
                .filter(c -> c.startsWith(PageSession.SESSION_COOKIE + "=")).toList();
        assertFalse(sessionCookies.isEmpty(), "a session cookie is set");
        var wrong = new ArrayList<String>();
        for (var cookie : sessionCookies) {
            var attributes = List.of(cookie.toLowerCase(Locale.ROOT).replace(" ", "").split(";"));
            if (!attributes.contains("httponly")) {
                wrong.add("no HttpOnly: " + cookie);
            }
            if (!attributes.contains("samesite=lax")) {
                wrong.add("no SameSite=Lax: " + cookie);
            }
        }
        assertEquals(List.of(), wrong, "every session cookie");
    }

    @Test
    void everyKindOfAnswerTellsTheBrowserNotToFrameSniffOrLeak() {
        var visitor = new PageSession(base);
        var login = visitor.get("login.xhtml");
        var resource = login.html().select("link[href*=jakarta.faces.resource], script[src*=jakarta.faces.resource]").stream()
                .map(e -> e.hasAttr("href") ? e.attr("href") : e.attr("src")).findFirst().orElseThrow();
        var api = new ApiClient(base);

        var answers = new LinkedHashMap<String, HttpHeaders>();
        answers.put("a page (" + login.status() + ")", login.headers());
        var apiAnswer = api.get("api/articles?size=1", staff("jane"));
        answers.put("an API answer (" + apiAnswer.status() + ")", apiAnswer.headers());
        var staticResource = visitor.get(visitor.relative(resource));
        answers.put("a static resource (" + staticResource.status() + ")", staticResource.headers());
        var missing = visitor.get("no-such-page-" + UUID.randomUUID() + ".xhtml");
        answers.put("a 404 page (" + missing.status() + ")", missing.headers());
        var apiError = api.get("api/articles", null);
        answers.put("an API 401 (" + apiError.status() + ")", apiError.headers());
        var publicApi = api.get("api/public/factchecks?max=1", null);
        answers.put("the public API (" + publicApi.status() + ")", publicApi.headers());

        Map<String, Function<HttpHeaders, Boolean>> rules = new LinkedHashMap<>();
        rules.put("Content-Security-Policy with frame-ancestors 'none'", h -> h.allValues("Content-Security-Policy").stream()
                .anyMatch(v -> v.replaceAll("\\s+", " ").contains("frame-ancestors 'none'")));
        rules.put("X-Frame-Options: DENY", h -> h.firstValue("X-Frame-Options").map("DENY"::equalsIgnoreCase).orElse(false));
        rules.put("X-Content-Type-Options: nosniff", h -> h.firstValue("X-Content-Type-Options").map("nosniff"::equalsIgnoreCase).orElse(false));
        rules.put("a Referrer-Policy", h -> h.firstValue("Referrer-Policy").map(v -> !v.isBlank()).orElse(false));

        var wrong = new ArrayList<String>();
        answers.forEach((what, headers) -> rules.forEach((rule, holds) -> {
            if (!holds.apply(headers)) {
                wrong.add(what + " lacks " + rule);
            }
        }));
        assertEquals(List.of(), wrong, "security headers");
    }

    private record Token(long id, String secret) {
    }

    private static Token issue(ApiClient api, String username) {
        var issued = api.postJson("api/tokens", staff("alex"), Json.createObjectBuilder().add("username", username)
                .add("label", "session test " + UUID.randomUUID()).build().toString());
        assertEquals(201, issued.status(), issued.body());
        return new Token(issued.json().getJsonNumber("id").longValue(), issued.json().getString("token"));
    }
}
