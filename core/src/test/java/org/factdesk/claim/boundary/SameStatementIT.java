package org.factdesk.claim.boundary;

import static org.factdesk.testsupport.Calls.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import org.factdesk.article.boundary.ArticleService;
import org.factdesk.article.boundary.IngestRequest;
import org.factdesk.testsupport.Deployments;
import org.factdesk.testsupport.Fixtures;
import org.factdesk.testsupport.StaffIdentities;
import org.factdesk.user.entity.Role;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The sentence model on a real server, from its server module: two outlets' copies of one strike are one story, the
 * union leader's words quoted by one and reported in other words by the other are matched as one statement, and
 * every claim keeps its vector on its row.
 */
@ExtendWith(ArquillianExtension.class)
class SameStatementIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.core();
    }

    @Inject
    Fixtures fixtures;

    @Inject
    StaffIdentities identities;

    @Inject
    ArticleService articles;

    @Inject
    ClaimService claims;

    @Test
    void aQuoteReportedInOtherWordsByAnotherOutletIsMatchedAndEveryClaimKeepsItsVector() {
        var journalist = identities.of(fixtures.user("meaning", Role.JOURNALIST), Role.JOURNALIST);
        var port = Fixtures.uniqueName();
        var leader = "Maria " + Fixtures.uniqueName();
        var wire = "Dockers strike in " + port + "\n\n"
                + "Some 2,000 dock workers at the port of " + port + " walked out on Monday after pay talks broke"
                + " down.\n\n"
                + "\"We have waited three years for a fair offer,\" union leader " + leader + " told reporters.\n\n"
                + leader + " said the port handled 9 million containers last year.\n";
        var paper = "Port of " + port + " at a standstill\n\n"
                + "About 2,000 of " + port + "'s dockers went on strike on Monday when wage negotiations collapsed.\n\n"
                + "Union leader " + leader + " said members had waited three years for a fair offer.\n\n"
                + "Ships queued outside the harbour as cranes stood still, " + leader + " said.\n";
        var first = as(journalist, () -> articles.ingest(request("Wire " + Fixtures.unique(), wire))).articleId();
        var second = as(journalist, () -> articles.ingest(request("Paper " + Fixtures.unique(), paper))).articleId();

        var reported = fixtures.claimIds(second).stream()
                .filter(id -> fixtures.claim(id).getText().contains("members had waited")).findFirst().orElseThrow();
        var detail = as(journalist, () -> claims.get(reported));
        assertTrue(detail.variants().stream().anyMatch(v -> v.articleId() == first
                && v.text().contains("We have waited three years")), "matched to the quote: " + detail.variants());
        for (var article : new long[] {first, second}) {
            for (var id : fixtures.claimIds(article)) {
                assertEquals(384, fixtures.claim(id).getVector().length, "claim " + id + " keeps its vector");
            }
        }
    }

    private static IngestRequest request(String outlet, String text) {
        return new IngestRequest(outlet, null, "copy-" + Fixtures.unique() + ".txt", text.getBytes(StandardCharsets.UTF_8));
    }
}
