package org.factdesk.history.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.function.Predicate;
import org.factdesk.article.control.ArticleRepository;
import org.factdesk.history.control.AuditTrail;
import org.factdesk.analysis.compare.WordDiff;
import org.factdesk.review.control.ReviewRepository;
import org.factdesk.review.entity.Review;
import org.factdesk.shared.boundary.BusinessException;
import org.factdesk.user.entity.Role;

/**
 * Who changed what, and when, from the audit log. The rule for reviews is the one search follows: a review while
 * it is in its author's hands (draft, or returned for rework) is read only by its author and by desk chiefs;
 * what was handed to the desk (submitted, approved, corrected) is read by all staff. So a journalist or an admin
 * sees the versions of someone else's review from its submission on, never the drafts before it.
 */
@Stateless
@RolesAllowed({Role.JOURNALIST_NAME, Role.DESK_CHIEF_NAME, Role.ADMIN_NAME})
public class HistoryService {

    @Inject
    AuditTrail trail;

    @Inject
    ArticleRepository articles;

    @Inject
    ReviewRepository reviews;

    @Resource
    SessionContext session;

    /** Every audited change to an article, its claims, their reviews and evidence, newest first. */
    public List<Change> ofArticle(long articleId) {
        articles.get(articleId);
        return trail.ofArticle(articleId, mayRead());
    }

    /** The versions of a review the caller may read, oldest first. */
    public List<ReviewVersion> ofReview(long reviewId) {
        var review = reviews.get(reviewId);
        var mine = review.isWrittenBy(session.getCallerPrincipal().getName());
        var chief = session.isCallerInRole(Role.DESK_CHIEF_NAME);
        return trail.versionsOf(reviewId).stream().filter(v -> v.state().isReadableBy(mine, chief)).toList();
    }

    /** Two readable versions of a review compared: verdicts, the rationale word by word, and evidence. */
    public ReviewComparison compare(long reviewId, long olderRevision, long newerRevision) {
        var versions = ofReview(reviewId);
        var older = find(versions, Math.min(olderRevision, newerRevision));
        var newer = find(versions, Math.max(olderRevision, newerRevision));
        return new ReviewComparison(older, newer, rationaleChanges(older.rationale(), newer.rationale()),
                newer.evidence().stream().filter(url -> !older.evidence().contains(url)).toList(),
                older.evidence().stream().filter(url -> !newer.evidence().contains(url)).toList());
    }

    private static List<DiffSegment> rationaleChanges(String older, String newer) {
        return WordDiff.changes(older, newer).stream()
                .map(c -> new DiffSegment(DiffSegment.Kind.valueOf(c.kind().name()), c.text())).toList();
    }

    private Predicate<Review> mayRead() {
        var me = session.getCallerPrincipal().getName();
        var chief = session.isCallerInRole(Role.DESK_CHIEF_NAME);
        return review -> review.isReadableBy(me, chief);
    }

    private static ReviewVersion find(List<ReviewVersion> versions, long revision) {
        return versions.stream().filter(v -> v.revision() == revision).findFirst()
                .orElseThrow(() -> new BusinessException("history.versionUnavailable", String.valueOf(revision)));
    }
}
