package org.factdesk.ingest.boundary;

import static org.factdesk.testsupport.Calls.as;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.factdesk.review.boundary.ArticleDetail;
import org.factdesk.review.boundary.ArticleDetailService;
import org.factdesk.review.boundary.CutLineView;
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
 * Site chrome on the server: lines an outlet prints around its other stories are cut from its next copy, as the
 * {@code analyze} command cuts them across a folder, while the same lines stay in another outlet's copy and the
 * sentences two copies of one story share stay in both.
 */
@ExtendWith(ArquillianExtension.class)
class OutletChromeIT {

    /** Sentences a single copy cannot tell from its story: only the outlet's other stories show them as chrome. */
    private static final String MISSION = "The Courier has reported on the coast and its towns for more than a hundred years.";
    private static final String PLEDGE = "Our reporters answer to readers, not to owners or advertisers.";

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
    ArticleDetailService details;

    private SecurityIdentity journalist;

    @BeforeEach
    void setUp() {
        journalist = identities.of(fixtures.user("chrome", Role.JOURNALIST), Role.JOURNALIST);
    }

    @Test
    void linesTheOutletPrintsAroundOtherStoriesAreCutFromItsNextCopy() {
        var outlet = "Courier " + Fixtures.unique();
        var first = store(outlet, withChrome(strike(Fixtures.uniqueName(), Fixtures.uniqueName())));
        store(outlet, withChrome(bakery(Fixtures.uniqueName())));
        assertTrue(first.article().cleanedText().contains(MISSION), "a single copy keeps what it cannot tell apart");

        var third = store(outlet, withChrome(bridge(Fixtures.uniqueName(), Fixtures.uniqueName())));
        assertFalse(third.article().cleanedText().contains(MISSION), third.article().cleanedText());
        assertFalse(third.article().cleanedText().contains(PLEDGE), third.article().cleanedText());
        assertTrue(third.removed().containsAll(List.of(new CutLineView(MISSION, "SITE_CHROME"),
                new CutLineView(PLEDGE, "SITE_CHROME"))), "listed as cut, with why: " + third.removed());
        assertTrue(third.article().cleanedText().contains("approved 2.4 million pounds"), "the story stays");
        assertTrue(third.claims().stream().noneMatch(c -> c.text().contains("hundred years")));

        var elsewhere = store("Other " + Fixtures.unique(), withChrome(bridge(Fixtures.uniqueName(), Fixtures.uniqueName())));
        assertTrue(elsewhere.article().cleanedText().contains(MISSION), "another outlet's history counts for nothing");
    }

    @Test
    void twoCopiesOfOneStoryKeepTheSentencesTheyShare() {
        var outlet = "Courier " + Fixtures.unique();
        var port = Fixtures.uniqueName();
        var secretary = Fixtures.uniqueName();
        store(outlet, strike(port, secretary));
        var update = store(outlet, strike(port, secretary).replace("walked out on Monday", "stayed out for a second day")
                + "\n\nTalks are due to resume on Thursday, the " + port + " Port Authority said.\n");
        var text = update.article().cleanedText();
        assertTrue(text.contains("\"We will not back down,\" " + secretary + " told reporters"), text);
        assertTrue(text.contains("about 40 ships a week"), text);
    }

    @Test
    void aLineRestoredByAnEditorStaysWhateverTheOutletPrints() {
        var outlet = "Courier " + Fixtures.unique();
        store(outlet, withChrome(strike(Fixtures.uniqueName(), Fixtures.uniqueName())));
        store(outlet, withChrome(bakery(Fixtures.uniqueName())));
        var cut = store(outlet, withChrome(bridge(Fixtures.uniqueName(), Fixtures.uniqueName())));
        var id = cut.article().id();

        as(journalist, () -> ingest.restore(id, cut.article().version(), PLEDGE));
        var restored = as(journalist, () -> details.get(id));
        assertTrue(restored.article().cleanedText().contains(PLEDGE), restored.article().cleanedText());
        assertFalse(restored.article().cleanedText().contains(MISSION), "the outlet's other chrome stays cut");
    }

    private ArticleDetail store(String outlet, String text) {
        var result = as(journalist, () -> ingest.ingest(new IngestRequest(outlet, null, "copy-" + Fixtures.unique() + ".txt",
                text.getBytes(StandardCharsets.UTF_8))));
        return as(journalist, () -> details.get(result.articleId()));
    }

    private static String withChrome(String story) {
        return story + "\n\n" + MISSION + "\n\n" + PLEDGE + "\n";
    }

    private static String strike(String port, String secretary) {
        return "Dock workers strike at " + port + "\n\nDock workers at " + port + " walked out on Monday after talks"
                + " with the Port Authority failed, union secretary Mark " + secretary + " said.\n\n\"We will not back"
                + " down,\" " + secretary + " told reporters outside the gates.\n\nThe port handles about 40 ships a"
                + " week, according to the authority.";
    }

    private static String bakery(String owner) {
        return "New bakery opens on Harbour Street\n\nA new bakery opened on Harbour Street in Northam on Saturday,"
                + " owner Lucia " + owner + " said.\n\nQueues reached the Town Hall by nine o'clock, and the first 200"
                + " loaves sold within an hour.\n\n" + owner + " said she had saved for six years to open the shop.";
    }

    private static String bridge(String town, String leader) {
        return "Council approves bridge repairs in " + town + "\n\nThe council of " + town + " approved 2.4 million"
                + " pounds for repairs to Lowbridge on Tuesday, council leader Helen " + leader + " said.\n\nThe bridge"
                + " has been closed to lorries since March, when engineers found cracks in two piers.\n\nWork is due"
                + " to begin in the autumn and last eight months.";
    }
}
