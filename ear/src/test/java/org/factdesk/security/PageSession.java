package org.factdesk.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * One person's visit to the pages over plain HTTP, as a browser makes it: cookies kept by hand (so a test sees every
 * Set-Cookie), forms filled from the page the server sent (hidden fields and the ViewState included) and posted
 * back, redirects never followed (a test asserts where they point).
 */
public final class PageSession {

    public static final String DEMO_PASSWORD = "factdesk";
    public static final String SESSION_COOKIE = "JSESSIONID";

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(20)).build();

    private final String base;
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private final List<String> setCookies = new ArrayList<>();

    public PageSession(URL base) {
        this.base = base.toString().endsWith("/") ? base.toString() : base + "/";
    }

    /** A page or API answer; the body is parsed as HTML on demand. */
    public record Reply(String path, int status, HttpHeaders headers, String body) {

        public Document html() {
            return Jsoup.parse(body, "http://factdesk.invalid/" + path);
        }

        public Optional<String> location() {
            return headers.firstValue("Location");
        }

        /** What the page tells its reader in its message areas, for assertion messages. */
        public String messages() {
            return html().select(".ui-messages, .ui-message, .ui-growl").text();
        }

        public boolean isRedirect() {
            return status == 301 || status == 302 || status == 303 || status == 307;
        }

        public List<String> setCookies() {
            return headers.allValues("Set-Cookie");
        }

        @Override
        public String toString() {
            return status + " for " + path + location().map(l -> " -> " + l).orElse("");
        }
    }

    /** Logs in through the login form exactly as a browser does; fails unless the server accepted the password. */
    public PageSession login(String username) {
        return login(username, DEMO_PASSWORD);
    }

    public PageSession login(String username, String password) {
        var page = get("login.xhtml");
        assertEquals(200, page.status(), "the login page opens: " + page);
        var reply = submit(page, "login", Map.of("login:username", username, "login:password", password), "login:submit");
        assertTrue(reply.isRedirect() && !reply.location().orElse("").contains("login.xhtml"),
                username + " is logged in and sent on, not back to the login page: " + reply);
        return this;
    }

    public Reply get(String path) {
        return send(path, request(path).GET(), Map.of());
    }

    public Reply get(String path, Map<String, String> headers) {
        return send(path, request(path).GET(), headers);
    }

    /** Opens a page and follows its redirects inside the application, as a browser would after a form post. */
    public Reply open(String path) {
        var reply = get(path);
        for (int hops = 0; reply.isRedirect() && hops < 5; hops++) {
            reply = get(relative(reply.location().orElseThrow()));
        }
        return reply;
    }

    public Reply postForm(String path, Map<String, List<String>> fields, Map<String, String> headers) {
        var body = fields.entrySet().stream()
                .flatMap(e -> e.getValue().stream().map(v -> encode(e.getKey()) + "=" + encode(v)))
                .collect(Collectors.joining("&"));
        return send(path, request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)), headers);
    }

    /**
     * Submits a form of a page the server sent, with the values it was given, the changes a person would type, and
     * the button they pressed. Fields named in {@code changes} replace what the page had.
     */
    public Reply submit(Reply page, String formId, Map<String, String> changes, String button) {
        return send(page, formId, changes, button, false);
    }

    /** Submits a form the way a PrimeFaces ajax button does; the answer is a partial response. */
    public Reply submitAjax(Reply page, String formId, Map<String, String> changes, String button) {
        return send(page, formId, changes, button, true);
    }

    /**
     * Submits a multipart form (an upload) as a browser does: the page's fields, the changes, the button pressed and
     * one chosen file under the file input's name.
     */
    public Reply submitWithFile(Reply page, String formId, Map<String, String> changes, String fileInput, String fileName,
                                String contentType, byte[] file, String button) {
        var form = form(page, formId);
        var fields = fieldsOf(form);
        cspNonce(page).ifPresent(nonce -> fields.put("primefaces.nonce", List.of(nonce)));
        changes.forEach((name, value) -> fields.put(name, List.of(value)));
        fields.put(button, List.of(button));
        var boundary = "----factdesk" + java.util.UUID.randomUUID().toString().replace("-", "");
        var body = new java.io.ByteArrayOutputStream();
        fields.forEach((name, values) -> values.forEach(value -> body.writeBytes(("--" + boundary
                + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n")
                .getBytes(StandardCharsets.UTF_8))));
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileInput + "\"; filename=\""
                + fileName + "\"\r\nContent-Type: " + contentType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(file);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        var path = relative(form.absUrl("action"));
        return send(path, request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())), Map.of());
    }

    private Reply send(Reply page, String formId, Map<String, String> changes, String button, boolean ajax) {
        var form = form(page, formId);
        var fields = fieldsOf(form);
        cspNonce(page).ifPresent(nonce -> fields.put("primefaces.nonce", List.of(nonce)));
        changes.forEach((name, value) -> fields.put(name, List.of(value)));
        fields.put(button, List.of(button));
        var headers = new LinkedHashMap<String, String>();
        if (ajax) {
            fields.put("jakarta.faces.partial.ajax", List.of("true"));
            fields.put("jakarta.faces.source", List.of(button));
            fields.put("jakarta.faces.partial.execute", List.of(formId));
            fields.put("jakarta.faces.partial.render", List.of(formId));
            headers.put("Faces-Request", "partial/ajax");
            headers.put("X-Requested-With", "XMLHttpRequest");
        }
        return postForm(relative(form.absUrl("action")), fields, headers);
    }

    /**
     * The nonce of the page's Content Security Policy. PrimeFaces' script adds it to every form of the page, and a
     * postback without it is refused, so a browser always sends it.
     */
    static Optional<String> cspNonce(Reply page) {
        var init = java.util.regex.Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)").matcher(page.body());
        return init.find() ? Optional.of(init.group(1)) : Optional.empty();
    }

    public static Element form(Reply page, String formId) {
        var form = page.html().getElementById(formId);
        if (form == null || !form.normalName().equals("form")) {
            throw new AssertionError("no form '" + formId + "' on " + page + ":\n" + page.body());
        }
        return form;
    }

    /** What a browser would send for a form as it stands: named inputs, checked boxes, selected options, text areas. */
    public static Map<String, List<String>> fieldsOf(Element form) {
        var fields = new LinkedHashMap<String, List<String>>();
        for (var input : form.select("input[name], textarea[name], select[name]")) {
            var name = input.attr("name");
            if (input.hasAttr("disabled")) {
                continue;
            }
            switch (input.normalName()) {
                case "textarea" -> add(fields, name, input.wholeText());
                case "select" -> input.select("option[selected]").forEach(o -> add(fields, name, o.attr("value")));
                default -> {
                    var type = input.attr("type").toLowerCase();
                    if (type.equals("submit") || type.equals("button") || type.equals("file") || type.equals("image")) {
                        continue;
                    }
                    if ((type.equals("checkbox") || type.equals("radio")) && !input.hasAttr("checked")) {
                        continue;
                    }
                    add(fields, name, input.hasAttr("value") ? input.attr("value") : (type.equals("checkbox") ? "on" : ""));
                }
            }
        }
        return fields;
    }

    private static void add(Map<String, List<String>> fields, String name, String value) {
        fields.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
    }

    public String cookie(String name) {
        return cookies.get(name);
    }

    public void setCookie(String name, String value) {
        cookies.put(name, value);
    }

    public void forgetCookies() {
        cookies.clear();
    }

    /** Every Set-Cookie header this session was sent, in order. */
    public List<String> setCookiesSeen() {
        return List.copyOf(setCookies);
    }

    public String address(String path) {
        return base + (path.startsWith("/") ? path.substring(1) : path);
    }

    /** A path relative to the application's root, from an absolute or root-relative address the server named. */
    public String relative(String location) {
        var uri = URI.create(location);
        var path = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        var root = URI.create(base).getRawPath();
        return path.startsWith(root) ? path.substring(root.length()) : path;
    }

    private HttpRequest.Builder request(String path) {
        var builder = HttpRequest.newBuilder(URI.create(address(path))).timeout(Duration.ofSeconds(120));
        if (!cookies.isEmpty()) {
            builder.header("Cookie", cookies.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue())
                    .collect(Collectors.joining("; ")));
        }
        return builder;
    }

    private Reply send(String path, HttpRequest.Builder request, Map<String, String> headers) {
        headers.forEach(request::header);
        try {
            var response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            for (var header : response.headers().allValues("Set-Cookie")) {
                setCookies.add(header);
                var pair = header.split(";", 2)[0];
                var eq = pair.indexOf('=');
                var name = pair.substring(0, eq).strip();
                var value = pair.substring(eq + 1).strip();
                var expired = header.toLowerCase().contains("max-age=0") || value.isEmpty();
                if (expired) {
                    cookies.remove(name);
                } else {
                    cookies.put(name, value);
                }
            }
            return new Reply(path, response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
