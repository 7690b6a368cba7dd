package org.factdesk.apitoken.boundary;

import java.time.Instant;
import org.factdesk.apitoken.entity.TokenStatus;

/** One line of the token list; the secret is never part of it. */
public record ApiTokenRow(long id, long version, String username, String displayName, String label, String shownPart,
                          Instant createdAt, String createdBy, Instant expiresAt, Instant lastUsedAt,
                          Instant revokedAt, String revokedBy, TokenStatus status) {
}
