package org.factdesk.review.boundary;

import static org.factdesk.testsupport.Calls.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.factdesk.article.entity.ArticleState;
import org.factdesk.publication.boundary.FactCheckService;
import org.factdesk.publication.boundary.PublicationService;
import org.factdesk.review.entity.EvidenceSource;
import org.factdesk.review.entity.EvidenceStance;
import org.factdesk.review.entity.EvidenceType;
import org.factdesk.review.entity.Verdict;
import org.factdesk.shared.boundary.BusinessException;
import org.factdesk.testsupport.Deployments;
import org.factdesk.testsupport.Fixtures;
import org.factdesk.testsupport.StaffIdentities;
import org.factdesk.user.entity.Role;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.wildfly.security.auth.server.SecurityIdentity;

/**
 * The evidence ledger on a real server: a source is fetched over HTTP when it is added and archived with its status,
 * its hash and its text, once, however often the review is saved; a source that cannot be fetched says why; a verdict
 * that rests on no primary source is published only with a desk chief's reason; readers get the archived text of a
 * published source and nothing of an unpublished one.
 */
@ExtendWith(ArquillianExtension.class)
class EvidenceLedgerIT {

    private static final String PAGE = "<!doctype html><html><head><title>Budget plan 2027</title></head><body>"
            + "<h1>Budget plan 2027</h1><p>Schools: 12 new schools, 52 million euros.</p></body></html>";

    @Deployment
    static WebArchive deployment() {
        // the source a reviewer cites, served by this very server: the archive fetches it over HTTP
        return Deployments.core().addAsWebResource(new StringAsset(PAGE), "sources/budget-2027.html");
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
    private long articleId;
    private long claimId;

    @BeforeEach
    void aClaimToReview() {
        journalist = identities.of(fixtures.user("ledger", Role.JOURNALIST), Role.JOURNALIST);
        chief = identities.of(fixtures.user("ledger-chief", Role.DESK_CHIEF), Role.DESK_CHIEF);
        articleId = fixtures.article();
        claimId = fixtures.claimIds(articleId).get(0);
    }

    @Test
    void aSourceIsArchivedWhenItIsAddedAndKeepsThatCopyWhenTheReviewIsSavedAgain() throws Exception {
        var draft = as(journalist, () -> reviews.start(claimId));
        var source = new EvidenceSource(localPage(), "Budget plan 2027", null, EvidenceType.DATA_SET, EvidenceStance.CONTRADICTS);
        var saved = as(journalist, () -> reviews.saveDraft(draft.id(), draft.version(),
                new ReviewDraft(Verdict.FALSE, "The plan funds 12 schools.", List.of(source))));

        var entry = saved.evidence().get(0);
        assertEquals(200, entry.httpStatus());
        assertNull(entry.snapshotProblem());
        assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(PAGE.getBytes(StandardCharsets.UTF_8))),
                entry.contentHash(), "the hash of the bytes the site sent");
        assertEquals(EvidenceType.DATA_SET, entry.type());
        assertEquals(EvidenceStance.CONTRADICTS, entry.stance());
        assertTrue(entry.archivedText());

        var again = as(journalist, () -> reviews.saveDraft(saved.id(), saved.version(),
                new ReviewDraft(Verdict.FALSE, "The plan funds 12 schools, not 40.", List.of(source))));
        assertEquals(entry.archivedAt(), again.evidence().get(0).archivedAt(), "archived once, when it was added");
    }

    @Test
    void aSourceThatCannotBeFetchedIsStoredAndSaysWhy() {
        var draft = as(journalist, () -> reviews.start(claimId));
        var saved = as(journalist, () -> reviews.saveDraft(draft.id(), draft.version(), new ReviewDraft(Verdict.FALSE,
                "The plan funds 12 schools.", List.of(new EvidenceSource("https://budget.example.invalid/plan", null, null)))));

        var entry = saved.evidence().get(0);
        assertEquals("snapshot.unknownHost", entry.snapshotProblem());
        assertNull(entry.contentHash());
        assertEquals(EvidenceType.OTHER, entry.type(), "no type given");
    }

    @Test
    void aVerdictOnNoPrimarySourceIsPublishedOnlyWithADeskChiefsReasonAndReadersGetTheArchivedText() {
        var draft = as(journalist, () -> reviews.start(claimId));
        var submitted = as(journalist, () -> reviews.submit(draft.id(), draft.version(), new ReviewDraft(Verdict.FALSE,
                "A regional paper quotes the budget plan: 12 schools.", List.of(new EvidenceSource(localPage(),
                        "Regional paper on the budget", null, EvidenceType.MEDIA_REPORT, EvidenceStance.CONTRADICTS)))));
        as(chief, () -> reviews.approve(submitted.id(), submitted.version()));
        var detail = as(chief, () -> articles.get(articleId));
        assertTrue(detail.primarySourceMissing());
        var evidenceId = detail.reviewsByClaim().get(claimId).evidence().get(0).id();
        assertTrue(publications.archivedCopy(evidenceId).isEmpty(), "nothing public before publication");

        var refused = assertThrows(BusinessException.class,
                () -> as(chief, () -> factChecks.publish(articleId, detail.article().version(), " ")));
        assertTrue(refused.getMessage().contains("primary source"), refused.getMessage());
        assertEquals(ArticleState.APPROVED, as(chief, () -> articles.get(articleId)).article().state(), "nothing published");

        as(chief, () -> factChecks.publish(articleId, detail.article().version(),
                "The ministry has not released the plan; two papers quote the same figures."));

        var after = as(chief, () -> articles.get(articleId));
        assertEquals(ArticleState.PUBLISHED, after.article().state());
        assertTrue(after.history().stream().anyMatch(e -> "article.published".equals(e.action())
                && e.comment().startsWith("The ministry has not released the plan")), "the reason is on record");
        var copy = publications.archivedCopy(evidenceId).orElseThrow();
        assertTrue(copy.text().contains("12 new schools, 52 million euros"), copy.text());
        assertEquals(64, copy.sha256().length());
        assertEquals(copy.sha256(), publications.claim(claimId).orElseThrow().evidence().get(0).contentHash(),
                "the public page shows the hash of the archived copy");
    }

    /** The source page of this deployment, on this server's HTTP port. */
    private static String localPage() {
        return "http://127.0.0.1:" + (8080 + Integer.getInteger("jboss.socket.binding.port-offset", 0))
                + "/core-it/sources/budget-2027.html";
    }
}
