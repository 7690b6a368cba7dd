package org.factdesk.review.boundary;

import java.util.List;
import org.factdesk.claim.boundary.Variant;
import org.factdesk.claim.entity.Claim;

/**
 * A claim with its article text split around it, so the page can highlight it in place.
 *
 * @param review          the review filed on it, if the reader may read it (a draft stays with its author and the
 *                        desk chiefs), else null
 * @param progress        that a review was filed, by whom and how far it got, even where its content is not shown;
 *                        null while nobody has started one
 * @param variants        the same statement in the other copies of the story, aligned with this one
 * @param earlierVerdicts claims saying the same that already have an approved verdict
 * @param assignable      whether a desk chief may (re)assign it now ({@link Claim#isAssignable()})
 * @param startable       whether the reader may start its review now
 * @param speakers        the speakers the article's claims name, for the desk to choose from when it corrects one
 */
public record ClaimDetail(ClaimView claim, String textBefore, String textOfClaim, String textAfter, ReviewView review,
                          ReviewProgress progress, List<Variant> variants, List<EarlierVerdict> earlierVerdicts,
                          boolean assignable, boolean startable, List<String> speakers) {

    public ClaimDetail {
        speakers = List.copyOf(speakers);
    }

    public boolean hasConflicts() {
        return variants.stream().anyMatch(Variant::conflicting);
    }
}
