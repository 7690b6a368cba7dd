package org.factdesk.search.boundary;

import static org.factdesk.testsupport.Calls.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import org.factdesk.review.boundary.ArticleDetailService;
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

/** Full-text search on the real Lucene index: words, facets, highlights, and who may find a draft. */
@ExtendWith(ArquillianExtension.class)
class SearchIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.core();
    }

    @Inject
    Fixtures fixtures;

    @Inject
    StaffIdentities identities;

    @Inject
    SearchService search;

    @Inject
    ReviewService reviews;

    @Inject
    ArticleDetailService articles;

    private SecurityIdentity journalist;
    private SecurityIdentity colleague;
    private SecurityIdentity chief;
    private SecurityIdentity admin;
    private long articleId;
    private String outlet;

    @BeforeEach
    void setUp() {
        journalist = identities.of(fixtures.user("jo", Role.JOURNALIST), Role.JOURNALIST);
        colleague = identities.of(fixtures.user("colleague", Role.JOURNALIST), Role.JOURNALIST);
        chief = identities.of(fixtures.user("chief", Role.DESK_CHIEF), Role.DESK_CHIEF);
        admin = identities.of(fixtures.user("admin", Role.ADMIN), Role.ADMIN);
        articleId = fixtures.article();
        outlet = as(chief, () -> articles.get(articleId)).article().outletName();
    }

    @Test
    void findsTheArticleAndItsClaimsByTheirWordsWithFacetsAndMarkedPassages() {
        var result = as(journalist, () -> search.search(request("schools", null, outlet, null), 0, 20));

        assertTrue(result.hits().stream().anyMatch(h -> h.kind().equals("ARTICLE") && h.id() == articleId), result.toString());
        assertTrue(result.hits().stream().anyMatch(h -> h.kind().equals("CLAIM") && h.articleId() == articleId), result.toString());
        assertTrue(result.hits().stream().allMatch(h -> outlet.equals(h.outlet())));
        assertEquals(List.of(new FacetCount(outlet, result.total())), result.outlets());
        assertTrue(result.kinds().stream().anyMatch(k -> k.value().equals("ARTICLE") && k.count() == 1), result.kinds().toString());
        assertTrue(result.ages().stream().anyMatch(a -> a.value().equals("TODAY") && a.count() == result.total()), result.ages().toString());
        var article = result.hits().stream().filter(h -> h.kind().equals("ARTICLE")).findFirst().orElseThrow();
        assertTrue(article.excerpt().stream().anyMatch(m -> m.hit() && m.text().equalsIgnoreCase("schools")), article.excerpt().toString());

        var claimsOnly = as(journalist, () -> search.search(request("schools", "CLAIM", outlet, null), 0, 20));
        assertTrue(claimsOnly.total() > 0);
        assertTrue(claimsOnly.hits().stream().allMatch(h -> h.kind().equals("CLAIM")));
        var nothing = as(journalist, () -> search.search(request("schools", null, outlet, LocalDate.now().plusDays(1)), 0, 20));
        assertEquals(0, nothing.total());
    }

    @Test
    void aDraftReviewIsFoundByItsAuthorAndDeskChiefsOnlyUntilItIsSubmitted() {
        var word = Fixtures.uniqueName().toLowerCase();
        var claimId = fixtures.claimIds(articleId).get(0);
        var draft = as(journalist, () -> reviews.start(claimId));
        var saved = as(journalist, () -> reviews.saveDraft(draft.id(), draft.version(), new ReviewDraft(Verdict.FALSE,
                "The figure comes from the " + word + " report, which says otherwise.",
                List.of(new EvidenceSource("https://example.org/report", null, null)))));

        assertEquals(1, found(journalist, word));
        assertEquals(1, found(chief, word));
        assertEquals(0, found(colleague, word));
        assertEquals(0, found(admin, word));

        as(journalist, () -> reviews.submit(saved.id(), saved.version(), new ReviewDraft(Verdict.FALSE,
                "The figure comes from the " + word + " report, which says otherwise.",
                List.of(new EvidenceSource("https://example.org/report", null, null)))));

        var seenByColleague = as(colleague, () -> search.search(request(word, null, null, null), 0, 20));
        assertEquals(1, seenByColleague.total());
        var hit = seenByColleague.hits().get(0);
        assertEquals("REVIEW", hit.kind());
        assertEquals("FALSE", hit.verdict());
        assertEquals("SUBMITTED", hit.state());
        assertEquals(List.of(new FacetCount("FALSE", 1)), seenByColleague.verdicts());
        assertEquals(1, found(admin, word));
    }

    @Test
    void anImpossibleDateRangeOrOverlongQueryIsRefusedWithAReason() {
        var refused = assertThrows(BusinessException.class, () -> as(journalist, () -> search.search(
                new SearchRequest("schools", null, null, null, null, LocalDate.now(), LocalDate.now().minusDays(3)), 0, 20)));
        assertTrue(refused.getMessage().contains("first day"), refused.getMessage());
        assertThrows(BusinessException.class, () -> as(journalist,
                () -> search.search(request("x".repeat(SearchRequest.WORDS_MAX + 1), null, null, null), 0, 20)));
    }

    private long found(SecurityIdentity who, String word) {
        return as(who, () -> search.search(request(word, null, null, null), 0, 20)).total();
    }

    private static SearchRequest request(String words, String kind, String outlet, LocalDate from) {
        return new SearchRequest(words, kind, outlet, null, null, from, null);
    }
}
