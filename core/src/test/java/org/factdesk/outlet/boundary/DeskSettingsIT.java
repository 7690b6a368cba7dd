package org.factdesk.outlet.boundary;

import static org.factdesk.testsupport.Calls.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.factdesk.outlet.entity.OutletPriority;
import org.factdesk.rating.boundary.RatingScale;
import org.factdesk.shared.boundary.Languages;
import org.factdesk.review.entity.Verdict;
import org.factdesk.shared.boundary.BusinessException;
import org.factdesk.shared.boundary.ConcurrentEditException;
import org.factdesk.testsupport.Deployments;
import org.factdesk.testsupport.Fixtures;
import org.factdesk.testsupport.ReportData;
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
 * What admins set for the whole desk: outlet names and priorities, and the words of the rating scale. The rating
 * tests use German labels and put the built-in ones back first, as nothing else on this server reads German.
 */
@ExtendWith(ArquillianExtension.class)
class DeskSettingsIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.core();
    }

    @Inject
    Fixtures fixtures;

    @Inject
    ReportData data;

    @Inject
    StaffIdentities identities;

    @Inject
    OutletService outlets;

    @Inject
    RatingScale scale;

    private SecurityIdentity admin;

    @BeforeEach
    void setUp() {
        admin = identities.of(fixtures.user("admin", Role.ADMIN), Role.ADMIN);
        as(admin, () -> scale.relabel(Languages.GERMAN, Map.of(), scale.revision()));
    }

    @Test
    void aRenamedOutletKeepsItsArticlesAndANameCanBeUsedOnlyOnce() {
        var article = fixtures.article();
        var other = data.outletOf(fixtures.article());
        var outlet = as(admin, () -> outlets.get(data.outletIdOf(article)));
        var id = outlet.id();
        var version = outlet.version();

        assertMessage("already called", () -> as(admin, () -> outlets.update(id, version, other.toUpperCase(), OutletPriority.NORMAL)));
        var newName = "Renamed Outlet " + Fixtures.unique();
        as(admin, () -> outlets.update(id, version, "  " + newName + " ", OutletPriority.NORMAL));

        assertEquals(newName, data.outletOf(article));
        assertThrows(ConcurrentEditException.class,
                () -> as(admin, () -> outlets.update(id, version, "Stale " + Fixtures.unique(), OutletPriority.NORMAL)));
        assertMessage("name is required", () -> as(admin, () -> outlets.update(id, version + 1, " ", OutletPriority.NORMAL)));
    }

    @Test
    void aNewPriorityMakesTheOutletsNextArticlesDueSoonerAndLeavesEarlierOnesAlone() {
        var earlier = data.articleNow("Priority Outlet " + Fixtures.unique());
        var outlet = as(admin, () -> outlets.get(data.outletIdOf(earlier)));
        var dueBefore = data.due(earlier);

        as(admin, () -> outlets.update(outlet.id(), outlet.version(), outlet.name(), OutletPriority.URGENT));
        var later = data.articleNow(outlet.name());

        assertEquals(dueBefore, data.due(earlier));
        assertEquals(Duration.ofHours(24), Duration.between(Instant.now(), dueBefore).plusMinutes(1).truncatedTo(ChronoUnit.HOURS));
        assertEquals(Duration.ofHours(2), Duration.between(Instant.now(), data.due(later)).plusMinutes(1).truncatedTo(ChronoUnit.HOURS));
    }

    @Test
    void theScaleShowsBuiltInLabelsUntilTheDeskRenamesThemPerLanguage() {
        assertEquals("Mostly true", scale.label(Verdict.MOSTLY_TRUE, "en"));
        assertEquals("Überwiegend wahr", scale.label(Verdict.MOSTLY_TRUE, "de"));
        assertEquals("Mostly true", scale.label(Verdict.MOSTLY_TRUE, "fr"), "a language without labels reads English");

        as(admin, () -> scale.relabel("de", Map.of(Verdict.MOSTLY_TRUE, " Größtenteils wahr "), scale.revision()));

        assertEquals("Größtenteils wahr", scale.label(Verdict.MOSTLY_TRUE, "de"));
        assertEquals("Mostly true", scale.label(Verdict.MOSTLY_TRUE, "en"));
        assertEquals("Falsch", scale.labels("de").get(Verdict.FALSE));
        var step = as(admin, () -> scale.scale()).get(Verdict.MOSTLY_TRUE.ordinal());
        assertTrue(step.isRenamed("de"));
        assertEquals("Überwiegend wahr", step.builtIn("de"));

        as(admin, () -> scale.relabel("de", Map.of(Verdict.MOSTLY_TRUE, ""), scale.revision()));
        assertEquals("Überwiegend wahr", scale.label(Verdict.MOSTLY_TRUE, "de"), "a blank label brings the built-in one back");
    }

    @Test
    void twoVerdictsCannotShareALabelAndAStaleSaveIsRefused() {
        var before = as(admin, () -> scale.revision());

        assertMessage("cannot share", () -> as(admin, () -> scale.relabel("de", Map.of(Verdict.TRUE, "Stimmt",
                Verdict.MOSTLY_TRUE, "stimmt"), before)));
        assertEquals("Wahr", scale.label(Verdict.TRUE, "de"), "nothing of a refused save is written");
        as(admin, () -> scale.relabel("de", Map.of(Verdict.TRUE, "Stimmt"), before));
        assertThrows(ConcurrentEditException.class, () -> as(admin, () -> scale.relabel("de", Map.of(Verdict.FALSE, "Stimmt nicht"), before)));
        assertEquals("Falsch", scale.label(Verdict.FALSE, "de"));
    }

    @Test
    void onlyAdminsChangeDeskSettings() {
        var journalist = identities.of(fixtures.user("jo", Role.JOURNALIST), Role.JOURNALIST);

        assertThrows(EJBAccessException.class, () -> as(journalist, () -> scale.relabel("de", Map.of(), scale.revision())));
        assertThrows(EJBAccessException.class, () -> as(journalist, () -> outlets.list(0, 10)));
    }

    private static void assertMessage(String expected, org.junit.jupiter.api.function.Executable call) {
        var refused = assertThrows(BusinessException.class, call);
        assertTrue(refused.getMessage().contains(expected), refused.getMessage());
    }
}
