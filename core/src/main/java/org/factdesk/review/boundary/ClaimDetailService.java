package org.factdesk.review.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import org.factdesk.article.entity.ArticleState;
import org.factdesk.claim.control.ClaimMatches;
import org.factdesk.claim.control.ClaimRepository;
import org.factdesk.claim.entity.Claim;
import org.factdesk.review.control.ReviewRepository;
import org.factdesk.review.entity.ReviewState;
import org.factdesk.shared.boundary.AccessRefusedException;
import org.factdesk.user.entity.Role;

/** The claim page: a claim in its text, its review as far as the reader may see it, its variants and earlier verdicts. */
@Stateless
@RolesAllowed({Role.JOURNALIST_NAME, Role.DESK_CHIEF_NAME, Role.ADMIN_NAME})
public class ClaimDetailService {

    private static final int SPEAKERS_MAX = 100;

    @Inject
    ClaimRepository claims;

    @Inject
    ReviewRepository reviews;

    @Inject
    ClaimMatches matches;

    @Resource
    SessionContext session;

    public ClaimDetail get(long claimId) {
        var claim = claims.get(claimId);
        var text = claim.getArticle().getCleanedText();
        var me = session.getCallerPrincipal().getName();
        var chief = session.isCallerInRole(Role.DESK_CHIEF_NAME);
        var filed = reviews.findByClaim(claimId);
        var progress = filed.map(r -> new ReviewProgress(r.getState(), r.getAuthor().getDisplayName(),
                r.hasInConversation(me, chief))).orElse(null);
        var review = filed.filter(r -> r.isReadableBy(me, chief)).map(r -> ReviewView.of(r, me)).orElse(null);
        var related = matches.of(claim);
        return new ClaimDetail(ClaimView.of(claim), text.substring(0, claim.getStartOffset()),
                text.substring(claim.getStartOffset(), claim.getEndOffset()), text.substring(claim.getEndOffset()), review,
                progress, related.variants(), earlierVerdicts(related.matched()), claim.isAssignable(),
                progress == null && claim.isReviewableBy(me), speakers(claim));
    }

    /** Who the article's claims name as speakers, each once, sorted: at most {@value #SPEAKERS_MAX}. */
    private List<String> speakers(Claim claim) {
        return claims.speakersOf(claim.getArticle(), SPEAKERS_MAX);
    }

    /**
     * The decision page: the review with its claim in its text. A draft is refused to everyone but its author and the
     * desk chiefs, as {@link ReviewService#get} refuses it.
     */
    public ClaimDetail ofReview(long reviewId) {
        var review = reviews.get(reviewId);
        var detail = get(review.getClaim().getId());
        if (detail.review() == null || detail.review().id() != reviewId) {
            throw new AccessRefusedException("review.draftPrivate", review.getAuthor().getDisplayName());
        }
        return detail;
    }

    /** The matched claims that already have an approved verdict, in the order they were matched. */
    private List<EarlierVerdict> earlierVerdicts(List<Claim> matched) {
        return matched.stream().flatMap(other -> reviews.findByClaim(other.getId())
                        .filter(r -> r.getState() == ReviewState.APPROVED)
                        .map(r -> new EarlierVerdict(other.getId(), other.getText(), other.getArticle().getOutlet().getName(),
                                other.getArticle().getId(), r.getVerdict(),
                                other.getArticle().getState() == ArticleState.PUBLISHED))
                        .stream())
                .toList();
    }
}
