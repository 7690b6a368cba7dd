package org.factdesk.publication.control;

import java.time.Instant;

/** A live fact-check as the index query reads it, before its verdicts are counted. */
public record IndexRow(long articleId, String headline, String outlet, Instant publishedAt, Instant modifiedAt) {
}
