package org.factdesk.web.api;

import jakarta.json.Json;
import jakarta.ws.rs.core.MediaType;

/**
 * An API error as RFC 9457 describes it ({@code application/problem+json}): the status again, its title, and a
 * {@code detail} written for the person behind the client, in their language. Factdesk's problems need no type of
 * their own beyond the status, so {@code type} is {@code about:blank}.
 */
public record Problem(String type, String title, int status, String detail) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final MediaType MEDIA = MediaType.valueOf(MEDIA_TYPE);

    public static Problem of(int status, String title, String detail) {
        return new Problem("about:blank", title, status, detail);
    }

    /** The JSON text, for answers written outside JAX-RS (the authentication mechanism answers a 401 itself). */
    public String json() {
        return Json.createObjectBuilder().add("type", type).add("title", title).add("status", status).add("detail", detail)
                .build().toString();
    }
}
