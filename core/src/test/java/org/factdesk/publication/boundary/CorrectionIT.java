package org.factdesk.publication.boundary;

import static org.factdesk.testsupport.Calls.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import java.util.List;
import org.factdesk.history.boundary.HistoryService;
import org.factdesk.publication.entity.PublicationStatus;
import org.factdesk.review.boundary.ArticleDetailService;
import org.factdesk.review.boundary.ReviewDraft;
import org.factdesk.review.boundary.ReviewService;
import org.factdesk.review.entity.EvidenceSource;
import org.factdesk.review.entity.Verdict;
import org.factdesk.shared.boundary.BusinessException;
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

/** Corrections and retraction of a published fact-check, as the public and the desk see them afterwards. */
@ExtendWith(ArquillianExtension.class)
class CorrectionIT {

    private static final String PUBLISHED_RATIONALE = "The ministry's own budget plan funds 12 schools by 2027, not 40.";
    private static final String CORRECTED_RATIONALE = "The budget plan funds no new schools at all by 2027; the 12 are renovations.";

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

    @Inject
    HistoryService history;

    private SecurityIdentity journalist;
    private SecurityIdentity chief;
    private String correctorName;
    private SecurityIdentity corrector;
    private long articleId;
    private long claimId;
    private long reviewId;

    @BeforeEach
    void publishAFactCheck() {
        journalist = identities.of(fixtures.user("jo", Role.JOURNALIST), Role.JOURNALIST);
        chief = identities.of(fixtures.user("chief", Role.DESK_CHIEF), Role.DESK_CHIEF);
        correctorName = fixtures.user("corrector", Role.DESK_CHIEF);
        corrector = identities.of(correctorName, Role.DESK_CHIEF);
        articleId = fixtures.article();
        claimId = fixtures.claimIds(articleId).get(0);
        var draft = as(journalist, () -> reviews.start(claimId));
        var submitted = as(journalist, () -> reviews.submit(draft.id(), draft.version(), new ReviewDraft(Verdict.MOSTLY_FALSE,
                PUBLISHED_RATIONALE, List.of(new EvidenceSource("https://example.org/budget", "Budget", null,
                        org.factdesk.review.entity.EvidenceType.PRIMARY_DOCUMENT, null)))));
        as(chief, () -> reviews.approve(submitted.id(), submitted.version()));
        var version = as(chief, () -> articles.get(articleId)).article().version();
        as(chief, () -> factChecks.publish(articleId, version));
        reviewId = draft.id();
    }

    @Test
    void aCorrectionChangesTheVerdictInPublicKeepsTheOldOneAndMovesDateModified() {
        var before = publications.claim(claimId).orElseThrow();
        assertEquals(before.publishedAt(), before.modifiedAt());

        correct(Verdict.FALSE, CORRECTED_RATIONALE, "We misread the budget: the 12 schools are renovations.");

        var after = publications.claim(claimId).orElseThrow();
        assertEquals(Verdict.FALSE, after.verdict());
        assertEquals(CORRECTED_RATIONALE, after.rationale());
        assertTrue(after.modifiedAt().isAfter(before.modifiedAt()), "dateModified moves with the correction");
        assertEquals(before.publishedAt(), after.publishedAt());
        var log = publications.corrections(articleId);
        assertEquals(1, log.size());
        assertEquals(Verdict.MOSTLY_FALSE, log.get(0).previousVerdict());
        assertEquals(Verdict.FALSE, log.get(0).newVerdict());
        assertEquals("We misread the budget: the 12 schools are renovations.", log.get(0).note());
        assertEquals(after.modifiedAt(), log.get(0).correctedAt());
        assertEquals(PublicationStatus.CORRECTED, as(chief, () -> factChecks.ofArticle(articleId)).orElseThrow().status());
        var event = as(chief, () -> articles.get(articleId)).history().stream()
                .filter(e -> e.action().equals("review.corrected")).findFirst().orElseThrow();
        assertEquals(correctorName, event.actor());
        assertEquals("MOSTLY_FALSE", event.fromState());
        assertEquals("FALSE", event.toState());
        var latest = as(chief, () -> history.ofReview(reviewId));
        assertEquals(correctorName, latest.get(latest.size() - 1).author(), "the audit history records the correction too");
    }

    @Test
    void aCorrectionWithoutANoteIsRefusedAndChangesNothing() {
        var refused = assertThrows(BusinessException.class, () -> correct(Verdict.FALSE, CORRECTED_RATIONALE, "  "));

        assertTrue(refused.getMessage().contains("correction note"), refused.getMessage());
        assertEquals(Verdict.MOSTLY_FALSE, publications.claim(claimId).orElseThrow().verdict());
        assertEquals(List.of(), publications.corrections(articleId));
        assertThrows(BusinessException.class, () -> correct(Verdict.MOSTLY_FALSE, PUBLISHED_RATIONALE, "No change at all."));
    }

    @Test
    void onlyDeskChiefsCorrectOrRetract() {
        var version = as(chief, () -> factChecks.correctable(claimId)).reviewVersion();

        var refused = assertThrows(EJBException.class, () -> as(journalist,
                () -> factChecks.correct(claimId, version, Verdict.FALSE, CORRECTED_RATIONALE, "Note")));
        assertInstanceOf(EJBAccessException.class, refused);
        assertThrows(EJBAccessException.class, () -> as(journalist, () -> factChecks.retract(articleId, 0, "Reason")));
        assertEquals(Verdict.MOSTLY_FALSE, publications.claim(claimId).orElseThrow().verdict());
    }

    @Test
    void aRetractedFactCheckAnswersWithTheNoticeAndNeverWithItsVerdict() {
        var version = as(chief, () -> factChecks.ofArticle(articleId)).orElseThrow().version();
        assertThrows(BusinessException.class, () -> as(corrector, () -> factChecks.retract(articleId, version, " ")));

        as(corrector, () -> factChecks.retract(articleId, version, "The source document was a forgery."));

        assertTrue(publications.claim(claimId).isEmpty());
        assertTrue(publications.article(articleId).isEmpty());
        assertTrue(publications.latest(100).stream().noneMatch(a -> a.articleId() == articleId));
        var notice = publications.retractionOfClaim(claimId).orElseThrow();
        assertEquals("The source document was a forgery.", notice.reason());
        assertEquals(articleId, notice.articleId());
        assertEquals(1, notice.claims().size());
        var record = as(chief, () -> factChecks.ofArticle(articleId)).orElseThrow();
        assertEquals(PublicationStatus.RETRACTED, record.status());
        assertThrows(IllegalTransitionException.class, () -> correct(Verdict.FALSE, CORRECTED_RATIONALE, "Too late."));
        assertThrows(IllegalTransitionException.class,
                () -> as(corrector, () -> factChecks.retract(articleId, record.version(), "Again.")));
        var event = as(chief, () -> articles.get(articleId)).history().stream()
                .filter(e -> e.action().equals("article.retracted")).findFirst().orElseThrow();
        assertEquals("The source document was a forgery.", event.comment());
        assertEquals("RETRACTED", event.toState());
    }

    private void correct(Verdict verdict, String rationale, String note) {
        var version = as(corrector, () -> factChecks.correctable(claimId)).reviewVersion();
        as(corrector, () -> factChecks.correct(claimId, version, verdict, rationale, note));
    }
}
