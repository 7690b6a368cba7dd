package org.factdesk.apitoken.boundary;

import java.time.Instant;

/**
 * A token just issued. The secret exists only here: it is shown to the admin once and never stored.
 *
 * @param expiresAt null when the token does not expire
 */
public record IssuedToken(long id, String secret, String username, String label, Instant expiresAt) {
}
