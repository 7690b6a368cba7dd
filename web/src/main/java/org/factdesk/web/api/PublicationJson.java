package org.factdesk.web.api;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.factdesk.publication.boundary.FactCheckRecord;

/** A fact-check as the desk sees it: published, corrected or retracted, by whom and when. Its ETag is its version. */
@Schema(name = "Publication")
public record PublicationJson(long articleId, long version, String status, Instant publishedAt, String publishedBy,
                              Instant modifiedAt, Instant retractedAt, String retractedBy, String retractionReason,
                              List<CorrectionEntry> corrections) {

    @Schema(name = "CorrectionEntry")
    public record CorrectionEntry(long claimId, String claimText, String previousVerdict, String newVerdict, String note,
                                  Instant correctedAt) {
    }

    static PublicationJson of(FactCheckRecord r) {
        return new PublicationJson(r.articleId(), r.version(), r.status().name(), r.publishedAt(), r.publishedBy(),
                r.modifiedAt(), r.retractedAt(), r.retractedBy(), r.retractionReason(),
                r.corrections().stream().map(c -> new CorrectionEntry(c.claimId(), c.claimText(),
                        c.previousVerdict() == null ? null : c.previousVerdict().name(),
                        c.newVerdict() == null ? null : c.newVerdict().name(), c.note(), c.correctedAt())).toList());
    }
}
