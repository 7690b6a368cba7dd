package org.factdesk.review.boundary;

import java.time.Instant;
import org.factdesk.review.entity.Evidence;
import org.factdesk.review.entity.EvidenceSource;
import org.factdesk.review.entity.EvidenceStance;
import org.factdesk.review.entity.EvidenceType;

/**
 * One source of a review as the pages and the API show it, with the copy the server archived when it was added.
 *
 * @param id              the evidence row, which names its archived copy
 * @param archivedAt      when the server fetched it (the date it was accessed); null for a source stored before
 * @param httpStatus      what the site answered, or null when it could not be reached
 * @param contentHash     the SHA-256 of the bytes archived, in hex, or null
 * @param snapshotProblem a {@code snapshot.*} message key saying what went wrong, or null
 * @param archivedText    whether the archive holds the page's text
 */
public record EvidenceEntry(long id, String url, String title, String note, EvidenceType type, EvidenceStance stance,
                            Instant archivedAt, Integer httpStatus, String contentHash, String snapshotProblem,
                            boolean archivedText) {

    public static EvidenceEntry of(Evidence evidence) {
        var snapshot = evidence.getSnapshot();
        return new EvidenceEntry(evidence.getId() == null ? 0 : evidence.getId(), evidence.getUrl(), evidence.getTitle(),
                evidence.getNote(), evidence.getType(), evidence.getStance(),
                snapshot == null ? null : snapshot.getFetchedAt(), snapshot == null ? null : snapshot.getHttpStatus(),
                snapshot == null ? null : snapshot.getContentHash(), snapshot == null ? null : snapshot.getProblem(),
                snapshot != null && snapshot.getText() != null);
    }

    public EvidenceSource toSource() {
        return new EvidenceSource(url, title, note, type, stance);
    }

    public boolean primary() {
        return type.isPrimary();
    }
}
