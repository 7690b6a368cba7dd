package org.factdesk.publication.boundary;

import java.time.Instant;
import java.util.List;

/**
 * What a retracted fact-check's public address shows instead of its verdicts: that it was withdrawn, when and why,
 * and which claims it had covered, so a reader who followed an old link knows what it was about.
 */
public record RetractionNotice(long articleId, String title, String outlet, Instant publishedAt, Instant retractedAt,
                               String reason, List<String> claims) {

    public RetractionNotice {
        claims = List.copyOf(claims);
    }
}
