package org.factdesk.review.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import org.factdesk.analysis.ClaimKind;
import org.factdesk.article.entity.Article;
import org.factdesk.claim.entity.Claim;
import org.factdesk.outlet.entity.Outlet;
import org.factdesk.shared.boundary.BusinessException;
import org.factdesk.shared.boundary.IllegalTransitionException;
import org.factdesk.user.entity.Role;
import org.factdesk.user.entity.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ReviewTest {

    /** No network in a unit test: every new source is recorded as unreachable. */
    private static final java.util.function.Function<String, Snapshot> OFFLINE =
            url -> Snapshot.failed(java.time.Instant.now(), "snapshot.unreachable");

    private static final List<EvidenceSource> ONE_SOURCE =
            List.of(new EvidenceSource("https://example.org/report", "Report", null));

    private final User author = user("jane", Role.JOURNALIST);
    private final User chief = user("dana", Role.DESK_CHIEF);
    private Review review;

    @BeforeEach
    void setUp() {
        var article = new Article(new Outlet("Outlet"), "raw", "He said \"we won 40 seats\" yesterday.", null);
        review = new Review(new Claim(article, "\"we won 40 seats\"", 8, 26, ClaimKind.DIRECT_QUOTE, "He", 0.8), author);
    }

    @Test
    void aCompleteReviewIsSubmittedThenApprovedBySomeoneElse() {
        review.edit(author, Verdict.FALSE, "The official results show 31 seats.", ONE_SOURCE, OFFLINE);
        assertEquals(ReviewState.DRAFT, review.submit(author));
        assertEquals(ReviewState.SUBMITTED, review.approve(chief));
        assertEquals(ReviewState.APPROVED, review.getState());
        assertEquals(chief, review.getDecidedBy());
    }

    @Test
    void theAuthorCannotApproveTheirOwnReviewEvenAsDeskChief() {
        var chiefAuthor = new Review(review.getClaim(), chief);
        chiefAuthor.edit(chief, Verdict.TRUE, "Confirmed by the electoral commission.", ONE_SOURCE, OFFLINE);
        chiefAuthor.submit(chief);

        var refused = assertThrows(BusinessException.class, () -> chiefAuthor.approve(chief));

        assertTrue(refused.getMessage().contains("four-eyes"));
        assertEquals(ReviewState.SUBMITTED, chiefAuthor.getState());
        assertNull(chiefAuthor.getDecidedBy());
    }

    @Test
    void onlyASubmittedReviewOfSomeoneElseIsOfferedForDecision() {
        assertFalse(review.isDecidableBy("dana"), "a draft waits for its author, not for the desk");
        review.edit(author, Verdict.FALSE, "The official results show 31 seats.", ONE_SOURCE, OFFLINE);
        review.submit(author);
        assertTrue(review.isDecidableBy("dana"));
        assertFalse(review.isDecidableBy("jane"), "four eyes: never one's own");
        review.approve(chief);
        assertFalse(review.isDecidableBy("dana"), "an approved review is decided");
    }

    @Test
    void aDraftCannotBeApprovedAndStaysADraft() {
        assertThrows(IllegalTransitionException.class, () -> review.approve(chief));
        assertEquals(ReviewState.DRAFT, review.getState());
    }

    @Test
    void submittingWithoutVerdictRationaleOrEvidenceIsRefusedAndStaysADraft() {
        assertThrows(BusinessException.class, () -> review.submit(author));
        review.edit(author, Verdict.FALSE, "too short", ONE_SOURCE, OFFLINE);
        assertThrows(BusinessException.class, () -> review.submit(author));
        review.edit(author, Verdict.FALSE, "The official results show 31 seats.", List.of(), OFFLINE);
        assertThrows(BusinessException.class, () -> review.submit(author));
        assertEquals(ReviewState.DRAFT, review.getState());
        assertNull(review.getSubmittedAt());
    }

    @Test
    void onlyTheAuthorEditsAndOnlyWhileTheReviewIsInTheirHands() {
        assertThrows(BusinessException.class, () -> review.edit(chief, Verdict.TRUE, "Someone else's words here.", ONE_SOURCE, OFFLINE));
        review.edit(author, Verdict.FALSE, "The official results show 31 seats.", ONE_SOURCE, OFFLINE);
        review.submit(author);
        assertThrows(IllegalTransitionException.class,
                () -> review.edit(author, Verdict.TRUE, "Changed after submitting it.", ONE_SOURCE, OFFLINE));
        assertEquals(Verdict.FALSE, review.getVerdict());
    }

    @Test
    void returningNeedsACommentAndHandsTheReviewBackForResubmission() {
        review.edit(author, Verdict.FALSE, "The official results show 31 seats.", ONE_SOURCE, OFFLINE);
        review.submit(author);
        assertThrows(BusinessException.class, () -> review.returnToAuthor(chief, " "));
        assertEquals(ReviewState.SUBMITTED, review.getState());

        review.returnToAuthor(chief, "Link the commission's table.");
        assertEquals(ReviewState.RETURNED, review.getState());
        assertEquals("Link the commission's table.", review.getReturnComment());
        review.edit(author, Verdict.FALSE, "The commission's table shows 31 seats.", ONE_SOURCE, OFFLINE);
        assertEquals(ReviewState.RETURNED, review.submit(author));
    }

    @Test
    void evidenceMustBeAWebAddress() {
        var bad = List.of(new EvidenceSource("javascript:alert(1)", "x", null));
        var refused = assertThrows(BusinessException.class,
                () -> review.edit(author, Verdict.FALSE, "The official results show 31 seats.", bad, OFFLINE));
        assertTrue(refused.getMessage().contains("web address"));
        assertTrue(review.getEvidence().isEmpty());
    }

    @Test
    void blankEvidenceRowsAreIgnored() {
        review.edit(author, Verdict.FALSE, "The official results show 31 seats.",
                List.of(new EvidenceSource("", " ", null), ONE_SOURCE.get(0)), OFFLINE);
        assertEquals(1, review.getEvidence().size());
    }

    @Test
    void aSourceKeptAcrossSavesKeepsTheCopyArchivedWhenItWasAddedAndOnlyANewOneIsFetched() {
        var fetched = new java.util.ArrayList<String>();
        java.util.function.Function<String, Snapshot> archive = url -> {
            fetched.add(url);
            return Snapshot.fetched(java.time.Instant.now(), 200, "a".repeat(64), "text/html", "The table for " + url, false);
        };
        review.edit(author, Verdict.FALSE, "The official results show 31 seats.", ONE_SOURCE, archive);
        var first = review.getEvidence().get(0).getSnapshot();
        var data = new EvidenceSource("https://example.org/table", "Results table", null, EvidenceType.DATA_SET,
                EvidenceStance.CONTRADICTS);
        review.edit(author, Verdict.FALSE, "The official results show 31 seats.", List.of(ONE_SOURCE.get(0), data), archive);

        assertEquals(List.of("https://example.org/report", "https://example.org/table"), fetched, "each source fetched once");
        assertEquals(first.getFetchedAt(), review.getEvidence().get(0).getSnapshot().getFetchedAt());
        assertEquals(EvidenceType.OTHER, review.getEvidence().get(0).getType(), "a source without a type");
        assertEquals(EvidenceStance.CONTRADICTS, review.getEvidence().get(1).getStance());
    }

    @Test
    void aVerdictRestsOnAPrimarySourceOnlyWhenOneIsADocumentAStatementOrData() {
        review.edit(author, Verdict.FALSE, "The official results show 31 seats.", List.of(new EvidenceSource(
                "https://example.org/news", "A newspaper's report", null, EvidenceType.MEDIA_REPORT, null)), OFFLINE);
        assertFalse(review.restsOnPrimarySource());
        review.edit(author, Verdict.FALSE, "The official results show 31 seats.", List.of(new EvidenceSource(
                "https://example.org/gazette", "Official gazette", null, EvidenceType.OFFICIAL_STATEMENT, null)), OFFLINE);
        assertTrue(review.restsOnPrimarySource());
    }

    private static User user(String name, Role role) {
        return new User(name, name, "hash", EnumSet.of(role));
    }
}
