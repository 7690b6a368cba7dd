package org.factdesk.publication.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import org.factdesk.analysis.ClaimKind;
import org.factdesk.article.entity.Article;
import org.factdesk.claim.entity.Claim;
import org.factdesk.outlet.entity.Outlet;
import org.factdesk.review.entity.EvidenceSource;
import org.factdesk.review.entity.Review;
import org.factdesk.review.entity.Verdict;
import org.factdesk.shared.boundary.BusinessException;
import org.factdesk.shared.boundary.IllegalTransitionException;
import org.factdesk.user.entity.Role;
import org.factdesk.user.entity.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FactCheckTest {

    private static final String RATIONALE = "The official results show 31 seats, not 40.";

    private final User author = new User("jane", "Jane", "hash", EnumSet.of(Role.JOURNALIST));
    private final User chief = new User("dana", "Dana", "hash", EnumSet.of(Role.DESK_CHIEF));
    private Review review;
    private FactCheck factCheck;

    @BeforeEach
    void publishedReview() {
        var article = new Article(new Outlet("Outlet"), "raw", "He said \"we won 40 seats\" yesterday.", null);
        review = new Review(new Claim(article, "\"we won 40 seats\"", 8, 26, ClaimKind.DIRECT_QUOTE, "He", 0.8), author);
        review.edit(author, Verdict.MOSTLY_FALSE, RATIONALE, List.of(new EvidenceSource("https://example.org/r", null, null)),
                url -> org.factdesk.review.entity.Snapshot.failed(java.time.Instant.now(), "snapshot.unreachable"));
        review.submit(author);
        review.approve(chief);
        factCheck = new FactCheck(article, chief, null);
    }

    @Test
    void aCorrectionKeepsTheReplacedVerdictAndMarksTheFactCheckCorrected() {
        var correction = factCheck.correct(review, chief, Verdict.FALSE, "They won 31 seats; 40 was the target.", "Seat count fixed.");

        assertEquals(Verdict.MOSTLY_FALSE, correction.getPreviousVerdict());
        assertEquals(Verdict.FALSE, review.getVerdict());
        assertTrue(correction.changedVerdict());
        assertEquals(PublicationStatus.CORRECTED, factCheck.getStatus());
        assertEquals(correction.getCorrectedAt(), factCheck.getModifiedAt());
    }

    @Test
    void aCorrectionNeedsANoteAndAnActualChange() {
        assertThrows(BusinessException.class, () -> factCheck.correct(review, chief, Verdict.FALSE, RATIONALE, " "));
        assertThrows(BusinessException.class, () -> factCheck.correct(review, chief, Verdict.MOSTLY_FALSE, RATIONALE, "Note"));
        assertThrows(BusinessException.class, () -> factCheck.correct(review, chief, Verdict.FALSE, "Too short.", "Note"));
        assertEquals(Verdict.MOSTLY_FALSE, review.getVerdict());
        assertEquals(PublicationStatus.PUBLISHED, factCheck.getStatus());
    }

    @Test
    void aRetractionNeedsAReasonAndEndsAllFurtherChanges() {
        assertThrows(BusinessException.class, () -> factCheck.retract(chief, ""));
        assertFalse(factCheck.isRetracted());

        assertEquals(PublicationStatus.PUBLISHED, factCheck.retract(chief, "Forged source."));

        assertEquals(PublicationStatus.RETRACTED, factCheck.getStatus());
        assertEquals("Forged source.", factCheck.getRetractionReason());
        assertThrows(IllegalTransitionException.class, () -> factCheck.retract(chief, "Again."));
        assertThrows(IllegalTransitionException.class,
                () -> factCheck.correct(review, chief, Verdict.FALSE, "They won 31 seats; 40 was the target.", "Note"));
        assertEquals(Verdict.MOSTLY_FALSE, review.getVerdict());
    }
}
