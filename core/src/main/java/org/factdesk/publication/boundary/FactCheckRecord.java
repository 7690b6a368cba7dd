package org.factdesk.publication.boundary;

import java.time.Instant;
import java.util.List;
import org.factdesk.publication.entity.PublicationStatus;

/** A publication as the desk sees it on the article page: its state, dates, corrections and any retraction. */
public record FactCheckRecord(long articleId, long version, PublicationStatus status, Instant publishedAt,
                              String publishedBy, Instant modifiedAt, Instant retractedAt, String retractedBy,
                              String retractionReason, List<PublicCorrection> corrections) {

    public FactCheckRecord {
        corrections = List.copyOf(corrections);
    }

    public boolean isRetracted() {
        return status == PublicationStatus.RETRACTED;
    }
}
