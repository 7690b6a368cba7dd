package org.factdesk.claim.boundary;

import static org.factdesk.testsupport.Calls.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.util.List;
import org.factdesk.notification.boundary.NotificationService;
import org.factdesk.notification.entity.NotificationKind;
import org.factdesk.notification.entity.NotificationTarget;
import org.factdesk.review.boundary.ClaimDetailService;
import org.factdesk.review.boundary.ReviewDraft;
import org.factdesk.review.boundary.ReviewService;
import org.factdesk.review.entity.EvidenceSource;
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

/** Desk chiefs hand out claims; journalists take them from the pool; reassigning loses nothing. */
@ExtendWith(ArquillianExtension.class)
class AssignmentIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.core();
    }

    @Inject
    Fixtures fixtures;

    @Inject
    StaffIdentities identities;

    @Inject
    AssignmentService assignments;

    @Inject
    ClaimService claims;

    @Inject
    ClaimDetailService details;

    @Inject
    ReviewService reviews;

    @Inject
    NotificationService notifications;

    private String anna;
    private String ben;
    private SecurityIdentity annaId;
    private SecurityIdentity benId;
    private SecurityIdentity chief;
    private List<Long> claimIds;

    @BeforeEach
    void setUp() {
        anna = fixtures.user("anna", Role.JOURNALIST);
        ben = fixtures.user("ben", Role.JOURNALIST);
        annaId = identities.of(anna, Role.JOURNALIST);
        benId = identities.of(ben, Role.JOURNALIST);
        chief = identities.of(fixtures.user("chief", Role.DESK_CHIEF), Role.DESK_CHIEF);
        claimIds = fixtures.claimIds(fixtures.article());
    }

    @Test
    void aBulkAssignmentGivesEveryClaimToTheJournalistAndTellsThem() {
        var before = as(annaId, () -> notifications.unreadCount());

        var assigned = as(chief, () -> assignments.assign(claimIds, anna));

        assertEquals(claimIds.size(), assigned);
        claimIds.forEach(id -> assertEquals(anna, fixtures.assigneeOf(id)));
        assertEquals(before + claimIds.size(), as(annaId, () -> notifications.unreadCount()));
        var newest = as(annaId, () -> notifications.mine(0, 1)).rows().get(0);
        assertEquals(NotificationKind.CLAIM_ASSIGNED, newest.kind());
        assertEquals(NotificationTarget.CLAIM, newest.target());
        assertTrue(claimIds.contains(newest.targetId()), "the notification names one of the assigned claims");
        assertEquals(claimIds.size(), as(annaId, () -> claims.mine(0, 50)).total());
    }

    @Test
    void theLeastLoadedJournalistIsSuggestedAndWorkloadsCountOpenClaims() {
        as(chief, () -> assignments.assign(claimIds, anna));

        var workloads = as(chief, () -> assignments.workloads());
        var annas = workloads.stream().filter(w -> w.username().equals(anna)).findFirst().orElseThrow();
        assertEquals(claimIds.size(), annas.open());
        var suggestion = as(chief, () -> assignments.suggestion()).orElseThrow();
        assertEquals(workloads.stream().mapToLong(Workload::open).min().orElseThrow(), suggestion.open());
        assertTrue(workloads.stream().anyMatch(w -> w.username().equals(ben) && w.open() == 0));
    }

    @Test
    void reassigningAClaimHandsTheDraftOverWithItsTextAndHistory() {
        var claimId = claimIds.get(0);
        var draft = as(annaId, () -> reviews.start(claimId));
        as(annaId, () -> reviews.saveDraft(draft.id(), draft.version(),
                new ReviewDraft(Verdict.FALSE, "Anna's half-written rationale on the school numbers.",
                        List.of(new EvidenceSource("https://example.org/plan", null, null)))));

        as(chief, () -> assignments.assign(List.of(claimId), ben));

        var handedOver = as(benId, () -> reviews.findByClaim(claimId)).orElseThrow();
        assertEquals(ben, handedOver.authorUsername());
        assertEquals("Anna's half-written rationale on the school numbers.", handedOver.rationale());
        assertEquals(1, handedOver.evidence().size());
        var history = as(chief, () -> details.get(claimId)).claim().articleId();
        assertTrue(fixtures.eventCount(history) > 3);
        var submitted = as(benId, () -> reviews.submit(handedOver.id(), handedOver.version(),
                new ReviewDraft(Verdict.FALSE, handedOver.rationale(), List.of(new EvidenceSource("https://example.org/plan", null, null)))));
        assertEquals(ben, submitted.authorUsername());
    }

    @Test
    void aSubmittedReviewStaysWithItsAuthorAndTheWholeBatchIsRefused() {
        var claimId = claimIds.get(0);
        var draft = as(annaId, () -> reviews.start(claimId));
        as(annaId, () -> reviews.submit(draft.id(), draft.version(), new ReviewDraft(Verdict.TRUE,
                "The figures match the published plan exactly.", List.of(new EvidenceSource("https://example.org/p", null, null)))));

        assertThrows(BusinessException.class, () -> as(chief, () -> assignments.assign(claimIds, ben)));

        claimIds.forEach(id -> assertTrue(fixtures.assigneeOf(id) == null || fixtures.assigneeOf(id).equals(anna),
                "nothing of the batch was assigned"));
    }

    @Test
    void aJournalistTakesAnOpenClaimFromThePoolButCannotAssign() {
        var claimId = claimIds.get(0);
        assertNull(fixtures.assigneeOf(claimId));

        as(benId, () -> claims.take(claimId));

        assertEquals(ben, fixtures.assigneeOf(claimId));
        assertThrows(BusinessException.class, () -> as(annaId, () -> claims.take(claimId)));
        assertThrows(EJBAccessException.class, () -> as(benId, () -> assignments.assign(claimIds, ben)));
    }
}
