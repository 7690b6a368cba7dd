package org.factdesk.web.api;

import jakarta.ws.rs.core.Response;

/**
 * The API refuses a request it cannot use before any boundary is asked: no body, an unknown queue or state, a claim
 * with no published fact-check. Its text is the web bundle's {@code api.*} key, in the language the client accepts.
 */
public class ApiRefusal extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final Response.Status status;
    private final String key;
    private final Object[] arguments;

    ApiRefusal(Response.Status status, String key, Object... arguments) {
        super(key);
        this.status = status;
        this.key = key;
        this.arguments = arguments.clone();
    }

    Response.Status status() {
        return status;
    }

    String key() {
        return key;
    }

    Object[] arguments() {
        return arguments.clone();
    }
}
