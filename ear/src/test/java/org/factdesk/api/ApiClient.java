package org.factdesk.api;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** A machine client of the Factdesk API, as a newsroom's scripts would be: plain HTTP, no cookies, no redirects. */
public final class ApiClient {

    /** Every demo account's password, as the README lists it. */
    public static final String DEMO_PASSWORD = "factdesk";

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(20)).build();
    private final String base;

    public ApiClient(URL base) {
        this.base = base.toString().endsWith("/") ? base.toString() : base + "/";
    }

    public record Reply(int status, String body, HttpHeaders headers) {
        public JsonObject json() {
            return Json.createReader(new StringReader(body)).readObject();
        }

        public JsonArray array() {
            return Json.createReader(new StringReader(body)).readArray();
        }

        /** The ETag the answer carries, as a client sends it back in If-Match. */
        public String etag() {
            return headers.firstValue("ETag").orElseThrow(() -> new AssertionError("no ETag on " + status + " " + body));
        }

        public String message() {
            return json().getString("detail");
        }
    }

    public static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    public static String staff(String user) {
        return basic(user, DEMO_PASSWORD);
    }

    public static String bearer(String token) {
        return "Bearer " + token;
    }

    public Reply get(String path, String authorization) {
        return send(request(path, authorization).GET().header("Accept", "application/json"));
    }

    /** A GET whose client reads the languages of an Accept-Language header, such as "de, en;q=0.5". */
    public Reply get(String path, String authorization, String acceptLanguage) {
        return send(request(path, authorization).GET().header("Accept", "application/json").header("Accept-Language", acceptLanguage));
    }

    public Reply postJson(String path, String authorization, String json) {
        return send(request(path, authorization).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Reply post(String path, String authorization, String contentType, byte[] body) {
        return send(request(path, authorization).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /**
     * A change as the workflow endpoints take it: any method, an {@code If-Match} header when {@code ifMatch} is not
     * null, and a JSON body when {@code json} is not null (else no body and no Content-Type).
     */
    public Reply change(String method, String path, String authorization, String ifMatch, String json) {
        return change(method, path, authorization, ifMatch, json, null);
    }

    /** {@link #change(String, String, String, String, String)} from a client that reads the given languages. */
    public Reply change(String method, String path, String authorization, String ifMatch, String json, String acceptLanguage) {
        var request = request(path, authorization).header("Accept", "application/json");
        if (acceptLanguage != null) {
            request.header("Accept-Language", acceptLanguage);
        }
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        return send(request.method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json)));
    }

    public Reply delete(String path, String authorization) {
        return send(request(path, authorization).DELETE());
    }

    public String address(String path) {
        return base + (path.startsWith("/") ? path.substring(1) : path);
    }

    private HttpRequest.Builder request(String path, String authorization) {
        var builder = HttpRequest.newBuilder(URI.create(address(path))).timeout(Duration.ofSeconds(60));
        return authorization == null ? builder : builder.header("Authorization", authorization);
    }

    private Reply send(HttpRequest.Builder request) {
        try {
            var response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.body(), response.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
