package org.factdesk.review.boundary;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.factdesk.article.entity.ArticleLink;
import org.factdesk.claim.control.ArticleWorkflow;
import org.factdesk.shared.boundary.DeskMessage;
import org.factdesk.workflow.boundary.HistoryEntry;

/**
 * Everything the article page shows, loaded in one transaction.
 *
 * @param claims         its claims in the order they stand in its text
 * @param reviewsByClaim the review of each claim that has one the reader may read, keyed by claim id
 * @param duplicates     later copies flagged as near-duplicates of this one
 * @param warnings       what the claim engine warned about, to be read in the reader's language
 * @param storyArticles  the other outlets' copies of the same story
 * @param conflictingClaims ids of this article's claims that another copy contradicts
 * @param untouched      whether a line cleaning cut may still be restored: nobody has started on the claims
 *                       ({@link ArticleWorkflow#isUntouched})
 */
public record ArticleDetail(ArticleView article, List<ClaimView> claims, Map<Long, ReviewView> reviewsByClaim,
                            List<ArticleLink> duplicates, List<HistoryEntry> history, List<CutLineView> removed,
                            List<DeskMessage> warnings, List<ArticleLink> storyArticles, Set<Long> conflictingClaims,
                            boolean untouched) {

    /** How many lines cleaning cut for each reason, in the order the reasons first occur in the text. */
    public List<Map.Entry<String, Long>> removedByReason() {
        var counts = new LinkedHashMap<String, Long>();
        removed.forEach(line -> counts.merge(line.reason(), 1L, Long::sum));
        return List.copyOf(counts.entrySet());
    }

    /** Whether an approved verdict rests on no primary source, so that publishing needs a desk chief's reason. */
    public boolean primarySourceMissing() {
        return reviewsByClaim.values().stream()
                .anyMatch(r -> r.state() == org.factdesk.review.entity.ReviewState.APPROVED && !r.restsOnPrimarySource());
    }

    public boolean conflicting(long claimId) {
        return conflictingClaims.contains(claimId);
    }
}
