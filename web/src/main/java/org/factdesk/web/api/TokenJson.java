package org.factdesk.web.api;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.factdesk.apitoken.boundary.ApiTokenRow;

/** An API token as admins see it later: never the secret, only its first characters. */
@Schema(name = "Token")
public record TokenJson(long id, long version, String username, String label, String shownPart, Instant createdAt,
                        String createdBy, Instant expiresAt, Instant lastUsedAt, Instant revokedAt, String status) {

    static TokenJson of(ApiTokenRow row) {
        return new TokenJson(row.id(), row.version(), row.username(), row.label(), row.shownPart(), row.createdAt(),
                row.createdBy(), row.expiresAt(), row.lastUsedAt(), row.revokedAt(), row.status().name());
    }
}
