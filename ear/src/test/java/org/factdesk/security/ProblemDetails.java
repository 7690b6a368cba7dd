package org.factdesk.security;

import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.net.http.HttpHeaders;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What RFC 9457 asks of an error body: application/problem+json with type, title, status and detail. */
final class ProblemDetails {

    private ProblemDetails() {
    }

    /** Empty when the answer is a proper problem document for its own status; otherwise what is wrong with it. */
    static Optional<String> violation(int status, HttpHeaders headers, String body) {
        var wrong = new ArrayList<String>();
        var type = headers.firstValue("Content-Type").orElse("(none)");
        if (!type.toLowerCase().startsWith("application/problem+json")) {
            wrong.add("Content-Type " + type);
        }
        JsonObject json = null;
        try {
            json = Json.createReader(new StringReader(body)).readObject();
        } catch (JsonParsingException | IllegalStateException e) {
            wrong.add("body is no JSON object");
        }
        if (json != null) {
            for (var member : List.of("type", "title", "detail")) {
                if (!(json.get(member) instanceof JsonString text) || text.getString().isBlank()) {
                    wrong.add("no " + member);
                }
            }
            if (!(json.get("status") instanceof JsonNumber number) || number.intValue() != status) {
                wrong.add("status member " + json.get("status") + " is not " + status);
            }
        }
        return wrong.isEmpty() ? Optional.empty()
                : Optional.of(String.join(", ", wrong) + "; body: " + body.substring(0, Math.min(200, body.length())));
    }
}
