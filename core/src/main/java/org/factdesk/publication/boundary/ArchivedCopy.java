package org.factdesk.publication.boundary;

import java.time.Instant;

/**
 * The words of a source as the server archived them when the reviewer added it.
 *
 * @param sha256 the hash of the bytes the site sent, as the public page shows it
 */
public record ArchivedCopy(String url, Instant archivedAt, String sha256, String text) {
}
