package org.factdesk.claim.boundary;

import static org.factdesk.testsupport.Calls.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import org.factdesk.claim.entity.ClaimState;
import org.factdesk.ingest.boundary.IngestRequest;
import org.factdesk.ingest.boundary.IngestService;
import org.factdesk.review.boundary.ArticleDetailService;
import org.factdesk.review.boundary.ClaimDetailService;
import org.factdesk.review.boundary.ReviewService;
import org.factdesk.shared.boundary.BusinessException;
import org.factdesk.shared.boundary.StaleVersionException;
import org.factdesk.testsupport.Deployments;
import org.factdesk.testsupport.Fixtures;
import org.factdesk.testsupport.StaffIdentities;
import org.factdesk.user.entity.Role;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.wildfly.security.auth.server.SecurityIdentity;

/**
 * The desk corrects the engine on a real server: a misspelt speaker fixed on every claim that names him, a claim set
 * aside with a reason and brought back, a claim the engine missed added from the article's words; each change is in
 * the article's history, and a correction made from a stale page or with words the article lacks changes nothing.
 */
@ExtendWith(ArquillianExtension.class)
class ClaimCorrectionIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.core();
    }

    @Inject
    Fixtures fixtures;

    @Inject
    StaffIdentities identities;

    @Inject
    IngestService ingest;

    @Inject
    ClaimService claims;

    @Inject
    ClaimDetailService details;

    @Inject
    ArticleDetailService articles;

    @Inject
    ReviewService reviews;

    @Test
    void aMisspeltSpeakerIsFixedOnEveryClaimThatNamesHimAndTheEnginesSpellingStaysVisible() {
        var journalist = journalist();
        var articleId = story(journalist);
        var credited = claimsBy(articleId, "Vladmir Puttin");
        assertTrue(credited.size() >= 2, "the engine credits both statements to the misspelt name: " + credited);
        var first = credited.get(0);
        var events = fixtures.eventCount(articleId);

        var corrected = as(journalist, () -> claims.correct(first, fixtures.claim(first).getVersion(),
                new ClaimCorrection(fixtures.claim(first).getText(), "Vladimir Putin", true)));

        assertEquals(credited.size() - 1, corrected.otherClaims());
        assertTrue(claimsBy(articleId, "Vladmir Puttin").isEmpty());
        assertEquals(credited, claimsBy(articleId, "Vladimir Putin"));
        var shown = as(journalist, () -> details.get(first)).claim().correction();
        assertTrue(shown.speakerCorrected());
        assertEquals("Vladmir Puttin", shown.engineSpeaker());
        assertNull(shown.engineText(), "the words were not changed");
        assertEquals(events + credited.size(), fixtures.eventCount(articleId), "one history entry per corrected claim");
    }

    @Test
    void aCorrectionFromAStalePageOrWithWordsTheArticleLacksChangesNothing() {
        var journalist = journalist();
        var articleId = story(journalist);
        var id = fixtures.claimIds(articleId).get(0);
        var claim = fixtures.claim(id);

        assertThrows(BusinessException.class, () -> as(journalist, () -> claims.correct(id, claim.getVersion(),
                new ClaimCorrection("words the article never printed", "Someone", false))));
        assertThrows(StaleVersionException.class, () -> as(journalist, () -> claims.correct(id, claim.getVersion() + 1,
                new ClaimCorrection(claim.getText(), "Someone", false))));

        var after = fixtures.claim(id);
        assertEquals(claim.getText(), after.getText());
        assertEquals(claim.getSpeaker(), after.getSpeaker());
        assertEquals(claim.getVersion(), after.getVersion());
    }

    @Test
    void aDismissedClaimLeavesThePoolWithItsReasonAndComesBackWhenReinstated() {
        var journalist = journalist();
        var articleId = story(journalist);
        var id = fixtures.claimIds(articleId).get(0);
        var pool = as(journalist, () -> claims.pool(0, 1)).total();

        as(journalist, () -> claims.dismiss(id, fixtures.claim(id).getVersion(), "The same quote twice"));

        assertEquals(pool - 1, as(journalist, () -> claims.pool(0, 1)).total());
        var dismissed = as(journalist, () -> details.get(id));
        assertEquals(ClaimState.DISMISSED, dismissed.claim().state());
        assertEquals("The same quote twice", dismissed.claim().correction().dismissalReason());
        assertFalse(dismissed.startable(), "nobody reviews a dismissed claim");
        assertThrows(BusinessException.class, () -> as(journalist, () -> reviews.start(id)));

        as(journalist, () -> claims.reinstate(id, fixtures.claim(id).getVersion()));
        assertEquals(pool, as(journalist, () -> claims.pool(0, 1)).total());
        assertEquals(ClaimState.OPEN, fixtures.claim(id).getState());
    }

    @Test
    void aClaimUnderReviewIsNotDismissed() {
        var journalist = journalist();
        var articleId = story(journalist);
        var id = fixtures.claimIds(articleId).get(0);
        as(journalist, () -> reviews.start(id));

        assertThrows(BusinessException.class,
                () -> as(journalist, () -> claims.dismiss(id, fixtures.claim(id).getVersion(), "Nothing checkable")));
        assertEquals(ClaimState.IN_REVIEW, fixtures.claim(id).getState());
    }

    @Test
    void aClaimTheEngineMissedIsAddedFromTheArticlesWordsAndWordsItLacksAddNothing() {
        var journalist = journalist();
        var articleId = story(journalist);
        var before = fixtures.claimIds(articleId).size();
        var version = as(journalist, () -> articles.get(articleId)).article().version();

        var added = as(journalist, () -> ingest.addClaim(articleId, version, "  the pipeline would cost 55 billion dollars ",
                -1, "Vladimir Putin"));

        var claim = fixtures.claim(added);
        assertEquals("the pipeline would cost 55 billion dollars", claim.getText());
        assertEquals("Vladimir Putin", claim.getSpeaker());
        assertTrue(claim.isAddedByDesk());
        assertEquals(before + 1, fixtures.claimIds(articleId).size());
        assertThrows(BusinessException.class, () -> as(journalist,
                () -> ingest.addClaim(articleId, version, "a pipeline nobody wrote about", -1, null)));
        assertThrows(BusinessException.class, () -> as(journalist,
                () -> ingest.addClaim(articleId, version, claim.getText(), -1, null)), "the same claim twice");
        assertEquals(before + 1, fixtures.claimIds(articleId).size());
    }

    @Test
    void anAdminReadsClaimsButDoesNotCorrectThem() {
        var admin = identities.of(fixtures.user("claims-admin", Role.ADMIN), Role.ADMIN);
        var articleId = story(journalist());
        var id = fixtures.claimIds(articleId).get(0);

        assertThrows(EJBAccessException.class, () -> as(admin, () -> claims.dismiss(id, fixtures.claim(id).getVersion(), "No")));
        assertEquals(ClaimState.OPEN, fixtures.claim(id).getState());
    }

    private SecurityIdentity journalist() {
        return identities.of(fixtures.user("corrector", Role.JOURNALIST), Role.JOURNALIST);
    }

    /** A fresh story in which the engine credits two statements to a misspelt name. */
    private long story(SecurityIdentity journalist) {
        var place = Fixtures.uniqueName();
        var text = "Pipeline deal signed in " + place + "\n\n"
                + "\"We will deliver 50 billion cubic metres of gas a year,\" Vladmir Puttin told reporters in " + place
                + " on Tuesday.\n\n"
                + "Vladmir Puttin said the pipeline would cost 55 billion dollars and open in 2029.\n\n"
                + "Opposition leaders in " + place + " said the price was far too high for the region.\n";
        return as(journalist, () -> ingest.ingest(new IngestRequest("Wire " + Fixtures.unique(), null,
                "pipeline-" + Fixtures.unique() + ".txt", text.getBytes(StandardCharsets.UTF_8)))).articleId();
    }

    private java.util.List<Long> claimsBy(long articleId, String speaker) {
        return fixtures.claimIds(articleId).stream().filter(id -> speaker.equals(fixtures.claim(id).getSpeaker())).toList();
    }
}
