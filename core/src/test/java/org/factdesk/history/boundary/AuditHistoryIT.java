package org.factdesk.history.boundary;

import static org.factdesk.testsupport.Calls.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.util.List;
import org.factdesk.review.boundary.ReviewDraft;
import org.factdesk.review.boundary.ReviewService;
import org.factdesk.review.entity.EvidenceSource;
import org.factdesk.review.entity.ReviewState;
import org.factdesk.review.entity.Verdict;
import org.factdesk.shared.boundary.BusinessException;
import org.factdesk.testsupport.Deployments;
import org.factdesk.testsupport.Fixtures;
import org.factdesk.testsupport.StaffIdentities;
import org.factdesk.user.entity.Role;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.wildfly.security.auth.server.SecurityIdentity;

/**
 * The audit history on a real server: every audited row (article, claim, review, evidence) is written to its
 * Envers table by the migration's schema, each revision names who made it, and a review's versions compare.
 */
@ExtendWith(ArquillianExtension.class)
class AuditHistoryIT {

    private static final EvidenceSource BUDGET = new EvidenceSource("https://example.org/budget-2025", "Budget plan", null);
    private static final EvidenceSource HANSARD = new EvidenceSource("https://example.org/hansard-12", "Hansard", "col. 4");

    @Deployment
    static WebArchive deployment() {
        return Deployments.core();
    }

    @Inject
    Fixtures fixtures;

    @Inject
    StaffIdentities identities;

    @Inject
    ReviewService reviews;

    @Inject
    HistoryService history;

    private String journalistName;
    private String chiefName;
    private SecurityIdentity journalist;
    private SecurityIdentity otherJournalist;
    private SecurityIdentity chief;
    private SecurityIdentity admin;
    private long articleId;
    private long claimId;

    @BeforeEach
    void setUp() {
        journalistName = fixtures.user("jo", Role.JOURNALIST);
        chiefName = fixtures.user("chief", Role.DESK_CHIEF);
        journalist = identities.of(journalistName, Role.JOURNALIST);
        otherJournalist = identities.of(fixtures.user("other", Role.JOURNALIST), Role.JOURNALIST);
        chief = identities.of(chiefName, Role.DESK_CHIEF);
        admin = identities.of(fixtures.user("admin", Role.ADMIN), Role.ADMIN);
        articleId = fixtures.article();
        claimId = fixtures.claimIds(articleId).get(0);
    }

    @Test
    void everyStepOfAReviewIsAVersionWithItsAuthorAndTwoVersionsCompareWordByWord() {
        var reviewId = reviewedAndApproved("The ministry plans 40 new schools by 2027 in its budget.",
                "The ministry plans 12 new schools by 2027 in its budget.");

        var versions = as(chief, () -> history.ofReview(reviewId));

        assertEquals(List.of(journalistName, journalistName, journalistName, chiefName),
                versions.stream().map(ReviewVersion::author).toList());
        assertEquals(List.of(ReviewState.DRAFT, ReviewState.DRAFT, ReviewState.SUBMITTED, ReviewState.APPROVED),
                versions.stream().map(ReviewVersion::state).toList());
        var saved = versions.get(1);
        var submitted = versions.get(2);
        var diff = as(chief, () -> history.compare(reviewId, saved.revision(), submitted.revision()));
        assertTrue(diff.verdictChanged());
        assertEquals(Verdict.FALSE, diff.older().verdict());
        assertEquals(Verdict.MOSTLY_FALSE, diff.newer().verdict());
        assertEquals(List.of("40"), texts(diff, DiffSegment.Kind.REMOVED));
        assertEquals(List.of("12"), texts(diff, DiffSegment.Kind.ADDED));
        assertEquals(List.of(HANSARD.url()), diff.evidenceAdded());
        assertEquals(List.of(), diff.evidenceRemoved());
        assertFalse(versions.get(3).at().isBefore(versions.get(0).at()));
    }

    @Test
    void otherStaffSeeAReviewFromItsSubmissionOnButNeverItsDrafts() {
        var draft = as(journalist, () -> reviews.start(claimId));
        var saved = as(journalist, () -> reviews.saveDraft(draft.id(), draft.version(),
                new ReviewDraft(Verdict.TRUE, "Unfinished private draft wording, not for colleagues.", List.of(BUDGET))));
        as(journalist, () -> reviews.submit(saved.id(), saved.version(),
                new ReviewDraft(Verdict.TRUE, "Budget table 4 lists exactly these schools and years.", List.of(BUDGET))));

        var byAuthor = as(journalist, () -> history.ofReview(draft.id()));
        var byColleague = as(otherJournalist, () -> history.ofReview(draft.id()));
        var byAdmin = as(admin, () -> history.ofReview(draft.id()));

        assertEquals(3, byAuthor.size());
        assertEquals(List.of(ReviewState.SUBMITTED), byColleague.stream().map(ReviewVersion::state).toList());
        assertEquals(List.of(ReviewState.SUBMITTED), byAdmin.stream().map(ReviewVersion::state).toList());
        var draftRevision = byAuthor.get(1).revision();
        assertThrows(BusinessException.class, () -> as(otherJournalist,
                () -> history.compare(draft.id(), draftRevision, byColleague.get(0).revision())));
        var adminView = as(admin, () -> history.ofArticle(articleId));
        assertTrue(adminView.stream().flatMap(c -> c.fields().stream())
                        .noneMatch(f -> String.valueOf(f.after()).contains("private draft")),
                "an admin must not read someone else's draft through the article history");
        var chiefView = as(chief, () -> history.ofArticle(articleId));
        assertTrue(chiefView.stream().flatMap(c -> c.fields().stream())
                .anyMatch(f -> String.valueOf(f.after()).contains("private draft")));
    }

    @Test
    void theArticleHistoryNamesWhoChangedWhichField() {
        as(journalist, () -> reviews.start(claimId));

        var changes = as(chief, () -> history.ofArticle(articleId));

        var ingested = changes.stream().filter(c -> c.subject().equals("ARTICLE") && c.kind().equals("ADD")).findFirst().orElseThrow();
        assertNull(ingested.author(), "the system ingested the fixture article, not a person");
        var inReview = changes.stream().filter(c -> c.subject().equals("ARTICLE") && c.kind().equals("MOD")).findFirst().orElseThrow();
        assertEquals(journalistName, inReview.author());
        assertTrue(inReview.fields().contains(new FieldChange("state", "INGESTED", "IN_REVIEW")), inReview.fields().toString());
        var taken = changes.stream().filter(c -> c.subject().equals("CLAIM") && c.subjectId() == claimId && c.kind().equals("MOD"))
                .findFirst().orElseThrow();
        assertEquals(journalistName, taken.author());
        assertTrue(taken.fields().contains(new FieldChange("assignee", null, "IT " + journalistName)), taken.fields().toString());
        assertTrue(changes.stream().anyMatch(c -> c.subject().equals("REVIEW") && c.kind().equals("ADD")));
        assertTrue(changes.get(0).revision() >= changes.get(changes.size() - 1).revision(), "newest first");
    }

    private long reviewedAndApproved(String firstRationale, String submittedRationale) {
        var draft = as(journalist, () -> reviews.start(claimId));
        var saved = as(journalist, () -> reviews.saveDraft(draft.id(), draft.version(),
                new ReviewDraft(Verdict.FALSE, firstRationale, List.of(BUDGET))));
        var submitted = as(journalist, () -> reviews.submit(saved.id(), saved.version(),
                new ReviewDraft(Verdict.MOSTLY_FALSE, submittedRationale, List.of(BUDGET, HANSARD))));
        as(chief, () -> reviews.approve(submitted.id(), submitted.version()));
        return draft.id();
    }

    private static List<String> texts(ReviewComparison diff, DiffSegment.Kind kind) {
        return diff.rationale().stream().filter(s -> s.kind() == kind).map(s -> s.text().strip()).toList();
    }
}
