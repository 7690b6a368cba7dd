package org.factdesk.web.shared;

import jakarta.security.enterprise.credential.Credential;

/** The secret of an API token as a client sent it; only the token identity store validates it. */
public final class ApiTokenCredential implements Credential {

    private final String token;

    public ApiTokenCredential(String token) {
        this.token = token;
    }

    public String getToken() {
        return token;
    }
}
