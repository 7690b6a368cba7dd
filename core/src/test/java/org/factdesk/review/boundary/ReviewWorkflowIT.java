package org.factdesk.review.boundary;

import static org.factdesk.testsupport.Calls.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.factdesk.article.entity.ArticleState;
import org.factdesk.claim.entity.ClaimState;
import org.factdesk.publication.boundary.FactCheckService;
import org.factdesk.publication.boundary.PublicationService;
import org.factdesk.review.entity.EvidenceSource;
import org.factdesk.review.entity.EvidenceStance;
import org.factdesk.review.entity.EvidenceType;
import org.factdesk.review.entity.ReviewState;
import org.factdesk.review.entity.Verdict;
import org.factdesk.shared.boundary.BusinessException;
import org.factdesk.shared.boundary.ConcurrentEditException;
import org.factdesk.shared.boundary.StaleVersionException;
import org.factdesk.shared.boundary.IllegalTransitionException;
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

/** The review workflow on a real server and database: the rules hold, and a refused step changes nothing. */
@ExtendWith(ArquillianExtension.class)
class ReviewWorkflowIT {

    private static final ReviewDraft COMPLETE = new ReviewDraft(Verdict.MOSTLY_FALSE,
            "The ministry's own budget plan funds 12 schools by 2027, not 40.",
            List.of(new EvidenceSource("https://example.org/budget-2025", "Budget plan 2025", "Table 4",
                    EvidenceType.PRIMARY_DOCUMENT, EvidenceStance.CONTRADICTS)));

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
    ArticleDetailService articles;

    @Inject
    FactCheckService factChecks;

    @Inject
    PublicationService publications;

    private SecurityIdentity journalist;
    private SecurityIdentity chief;
    private SecurityIdentity otherChief;
    private long articleId;
    private long claimId;

    @BeforeEach
    void setUp() {
        journalist = identities.of(fixtures.user("jo", Role.JOURNALIST), Role.JOURNALIST);
        chief = identities.of(fixtures.user("chief", Role.DESK_CHIEF), Role.DESK_CHIEF);
        otherChief = identities.of(fixtures.user("chief2", Role.DESK_CHIEF), Role.DESK_CHIEF);
        articleId = fixtures.article();
        claimId = fixtures.claimIds(articleId).get(0);
    }

    @Test
    void aReviewGoesFromDraftToPublicationAndEveryStepIsLogged() {
        var draft = as(journalist, () -> reviews.start(claimId));
        assertEquals(ArticleState.IN_REVIEW, articleState());
        var submitted = as(journalist, () -> reviews.submit(draft.id(), draft.version(), COMPLETE));
        assertEquals(ArticleState.AWAITING_APPROVAL, articleState());
        var approved = as(chief, () -> reviews.approve(submitted.id(), submitted.version()));
        assertEquals(ReviewState.APPROVED, approved.state());
        assertEquals(ArticleState.APPROVED, articleState());
        var version = as(chief, () -> articles.get(articleId)).article().version();
        as(chief, () -> factChecks.publish(articleId, version));

        assertEquals(ArticleState.PUBLISHED, articleState());
        var published = publications.claim(claimId).orElseThrow();
        assertEquals(Verdict.MOSTLY_FALSE, published.verdict());
        var actions = as(chief, () -> articles.get(articleId)).history().stream().map(e -> e.action()).toList();
        assertEquals(List.of("article.ingested", "review.started", "claim.taken", "article.in_review", "review.submitted",
                "article.awaiting_approval", "review.approved", "article.approved", "article.published"), actions);
    }

    @Test
    void approvingADraftIsRefusedAndChangesNothing() {
        var draft = as(journalist, () -> reviews.start(claimId));
        var events = fixtures.eventCount(articleId);

        var refused = assertThrows(IllegalTransitionException.class,
                () -> as(chief, () -> reviews.approve(draft.id(), draft.version())));

        assertTrue(refused.getMessage().contains("draft"), refused.getMessage());
        var after = as(chief, () -> reviews.get(draft.id()));
        assertEquals(ReviewState.DRAFT, after.state());
        assertEquals(draft.version(), after.version());
        assertEquals(events, fixtures.eventCount(articleId));
    }

    @Test
    void publishingAnArticleThatIsNotApprovedIsRefusedAndChangesNothing() {
        as(journalist, () -> reviews.start(claimId));
        var before = as(chief, () -> articles.get(articleId)).article();

        assertThrows(IllegalTransitionException.class, () -> as(chief, () -> factChecks.publish(articleId, before.version())));

        var after = as(chief, () -> articles.get(articleId)).article();
        assertEquals(ArticleState.IN_REVIEW, after.state());
        assertEquals(before.version(), after.version());
        assertTrue(publications.article(articleId).isEmpty());
    }

    @Test
    void submittingAnIncompleteReviewIsRefusedAndKeepsTheDraft() {
        var draft = as(journalist, () -> reviews.start(claimId));
        var noEvidence = new ReviewDraft(Verdict.FALSE, "A rationale that is long enough to count.", List.of());

        var refused = assertThrows(BusinessException.class,
                () -> as(journalist, () -> reviews.submit(draft.id(), draft.version(), noEvidence)));

        assertTrue(refused.getMessage().contains("evidence"), refused.getMessage());
        var after = as(journalist, () -> reviews.get(draft.id()));
        assertEquals(ReviewState.DRAFT, after.state());
        assertEquals(null, after.verdict(), "a refused submit must not even save the form");
    }

    @Test
    void aDeskChiefCannotApproveTheirOwnReview() {
        var draft = as(chief, () -> reviews.start(claimId));
        var submitted = as(chief, () -> reviews.submit(draft.id(), draft.version(), COMPLETE));

        var refused = assertThrows(BusinessException.class,
                () -> as(chief, () -> reviews.approve(submitted.id(), submitted.version())));

        assertTrue(refused.getMessage().contains("four-eyes"), refused.getMessage());
        assertEquals(ReviewState.SUBMITTED, as(otherChief, () -> reviews.get(submitted.id())).state());
        var approved = as(otherChief, () -> reviews.approve(submitted.id(), submitted.version()));
        assertEquals(ReviewState.APPROVED, approved.state());
    }

    @Test
    void aJournalistCallingADeskChiefMethodIsRefused() {
        var draft = as(journalist, () -> reviews.start(claimId));
        var submitted = as(journalist, () -> reviews.submit(draft.id(), draft.version(), COMPLETE));

        var refused = assertThrows(EJBException.class,
                () -> as(journalist, () -> reviews.approve(submitted.id(), submitted.version())));

        assertInstanceOf(EJBAccessException.class, refused);
        assertEquals(ReviewState.SUBMITTED, as(chief, () -> reviews.get(submitted.id())).state());
        assertThrows(EJBAccessException.class, () -> as(journalist, () -> factChecks.publish(articleId, 0)));
    }

    @Test
    void aReturnedReviewGoesBackToItsAuthorWithTheComment() {
        var draft = as(journalist, () -> reviews.start(claimId));
        var submitted = as(journalist, () -> reviews.submit(draft.id(), draft.version(), COMPLETE));

        assertThrows(BusinessException.class,
                () -> as(chief, () -> reviews.returnToAuthor(submitted.id(), submitted.version(), "  ")));
        var returned = as(chief, () -> reviews.returnToAuthor(submitted.id(), submitted.version(), "Cite the budget page."));

        assertEquals(ReviewState.RETURNED, returned.state());
        assertEquals("Cite the budget page.", returned.returnComment());
        assertEquals(ArticleState.RETURNED, articleState());
        assertEquals(ClaimState.RETURNED, fixtures.claim(claimId).getState());
        var resubmitted = as(journalist, () -> reviews.submit(returned.id(), returned.version(), COMPLETE));
        assertEquals(ReviewState.SUBMITTED, resubmitted.state());
        assertEquals(ArticleState.AWAITING_APPROVAL, articleState());
    }

    @Test
    void aStaleEditFailsCleanlyForTheSecondWriterAndLosesTheFirstWritersWork() {
        var draft = as(journalist, () -> reviews.start(claimId));
        var first = new ReviewDraft(Verdict.TRUE, "First writer's rationale, saved first.", List.of());
        var second = new ReviewDraft(Verdict.FALSE, "Second writer's rationale, from a stale form.", List.of());

        as(journalist, () -> reviews.saveDraft(draft.id(), draft.version(), first));
        assertThrows(StaleVersionException.class,
                () -> as(journalist, () -> reviews.saveDraft(draft.id(), draft.version(), second)));

        var stored = as(journalist, () -> reviews.get(draft.id()));
        assertEquals(Verdict.TRUE, stored.verdict());
        assertEquals("First writer's rationale, saved first.", stored.rationale());
    }

    @Test
    void twoSimultaneousSavesOfTheSameVersionStoreExactlyOne() throws Exception {
        var draft = as(journalist, () -> reviews.start(claimId));
        var go = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(2);
        try {
            var a = pool.submit(save(go, draft, "Rationale A written in one browser tab."));
            var b = pool.submit(save(go, draft, "Rationale B written in another browser tab."));
            go.countDown();
            var outcomes = List.of(a.get(60, TimeUnit.SECONDS), b.get(60, TimeUnit.SECONDS));

            assertEquals(1, outcomes.stream().filter(o -> o.equals("saved")).count(), outcomes.toString());
            assertEquals(1, outcomes.stream().filter(o -> o.equals("conflict")).count(), outcomes.toString());
            var stored = as(journalist, () -> reviews.get(draft.id()));
            assertNotNull(stored.rationale());
            assertTrue(stored.rationale().startsWith("Rationale "), stored.rationale());
            assertEquals(draft.version() + 1, stored.version());
        } finally {
            pool.shutdownNow();
        }
    }

    private Callable<String> save(CountDownLatch go, ReviewView draft, String rationale) {
        return () -> {
            go.await();
            try {
                as(journalist, () -> reviews.saveDraft(draft.id(), draft.version(),
                        new ReviewDraft(Verdict.HALF_TRUE, rationale, List.of())));
                return "saved";
            } catch (ConcurrentEditException e) {
                return "conflict";
            }
        };
    }

    private ArticleState articleState() {
        return as(chief, () -> articles.get(articleId)).article().state();
    }
}
