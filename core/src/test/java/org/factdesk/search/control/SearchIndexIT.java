package org.factdesk.search.control;

import static org.factdesk.testsupport.Calls.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.util.concurrent.TimeUnit;
import org.factdesk.search.boundary.SearchRequest;
import org.factdesk.search.boundary.SearchService;
import org.factdesk.testsupport.Deployments;
import org.factdesk.testsupport.Fixtures;
import org.factdesk.testsupport.SearchIndexes;
import org.factdesk.testsupport.StaffIdentities;
import org.factdesk.user.entity.Role;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** An empty index over a database that holds articles is rebuilt from it, as on the first start after an upgrade. */
@ExtendWith(ArquillianExtension.class)
class SearchIndexIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.core();
    }

    @Inject
    Fixtures fixtures;

    @Inject
    StaffIdentities identities;

    @Inject
    SearchIndexes indexes;

    @Inject
    SearchIndexer indexer;

    @Inject
    SearchService search;

    @Test
    void anEmptyIndexIsRebuiltFromTheDatabaseAndTheDeskFindsItsStoriesAgain() throws Exception {
        var journalist = identities.of(fixtures.user("jo", Role.JOURNALIST), Role.JOURNALIST);
        fixtures.article();
        var minister = fixtures.article();
        var words = new SearchRequest("schools", "ARTICLE", null, null, null, null, null);
        var before = as(journalist, () -> search.search(words, 0, 50)).total();
        assertTrue(before >= 2, "both articles are indexed as they are stored");

        indexes.purge();
        assertEquals(0, as(journalist, () -> search.search(words, 0, 50)).total());

        indexer.rebuildIfEmpty().toCompletableFuture().get(120, TimeUnit.SECONDS);

        var after = as(journalist, () -> search.search(words, 0, 50));
        assertEquals(before, after.total());
        assertTrue(after.hits().stream().anyMatch(h -> h.articleId() == minister));
        indexer.rebuildIfEmpty().toCompletableFuture().get(5, TimeUnit.SECONDS);
        assertEquals(before, as(journalist, () -> search.search(words, 0, 50)).total(), "a full index is left alone");
    }
}
