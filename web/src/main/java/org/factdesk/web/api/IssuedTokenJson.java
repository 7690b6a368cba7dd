package org.factdesk.web.api;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.factdesk.apitoken.boundary.IssuedToken;

@Schema(name = "IssuedToken", description = "The only response that ever carries the token's secret")
public record IssuedTokenJson(long id, String token, String username, String label, Instant expiresAt) {

    static IssuedTokenJson of(IssuedToken issued) {
        return new IssuedTokenJson(issued.id(), issued.secret(), issued.username(), issued.label(), issued.expiresAt());
    }
}
