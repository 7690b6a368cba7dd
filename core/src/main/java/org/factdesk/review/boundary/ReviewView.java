package org.factdesk.review.boundary;

import java.time.Instant;
import java.util.List;
import org.factdesk.review.entity.Review;
import org.factdesk.review.entity.ReviewState;
import org.factdesk.review.entity.Verdict;

/**
 * A review as the reader may see it, with what the reader may do with it now, each answer the review's own.
 *
 * @param version          the version read, sent back with a change so a concurrent edit is refused
 * @param decidedByName    the desk chief who approved or returned it, or null
 * @param editable         whether the reader is its author and it is in their hands ({@link Review#isEditableBy})
 * @param writtenByReader  whether the reader wrote it, so the desk chief sees they would decide on their own review
 * @param decidable        whether the reader may approve or return it now: submitted, and not their own
 *                         ({@link Review#isDecidableBy})
 * @param restsOnPrimarySource whether a primary source backs the verdict ({@link Review#restsOnPrimarySource})
 */
public record ReviewView(long id, long version, long claimId, ReviewState state, Verdict verdict, String rationale,
                         List<EvidenceEntry> evidence, String authorUsername, String authorName, Instant createdAt,
                         Instant submittedAt, String decidedByUsername, String decidedByName, Instant decidedAt,
                         String returnComment, boolean editable, boolean writtenByReader, boolean decidable,
                         boolean restsOnPrimarySource) {

    public ReviewView {
        evidence = List.copyOf(evidence);
    }

    /** The sources as the form holds them, to send again unchanged. */
    public List<org.factdesk.review.entity.EvidenceSource> sources() {
        return evidence.stream().map(EvidenceEntry::toSource).toList();
    }

    static ReviewView of(Review review, String reader) {
        var decider = review.getDecidedBy();
        return new ReviewView(review.getId(), review.getVersion(), review.getClaim().getId(), review.getState(),
                review.getVerdict(), review.getRationale(),
                review.getEvidence().stream().map(EvidenceEntry::of).toList(),
                review.getAuthor().getUsername(), review.getAuthor().getDisplayName(), review.getCreatedAt(),
                review.getSubmittedAt(), decider == null ? null : decider.getUsername(),
                decider == null ? null : decider.getDisplayName(), review.getDecidedAt(), review.getReturnComment(),
                review.isEditableBy(reader), review.isWrittenBy(reader), review.isDecidableBy(reader),
                review.restsOnPrimarySource());
    }
}
