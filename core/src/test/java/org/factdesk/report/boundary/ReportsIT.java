package org.factdesk.report.boundary;

import static org.factdesk.testsupport.Calls.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.factdesk.article.entity.ArticleState;
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
 * The report figures on a real database, each test in a past period of its own that holds only the history it
 * wrote, so every figure can be checked exactly.
 */
@ExtendWith(ArquillianExtension.class)
class ReportsIT {

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
    ReportService reports;

    private SecurityIdentity admin;

    @BeforeEach
    void setUp() {
        admin = identities.of(fixtures.user("admin", Role.ADMIN), Role.ADMIN);
    }

    private static Instant utc(String dateTime) {
        return Instant.parse(dateTime + "Z");
    }

    private static ReportPeriod period(String from, String to) {
        return new ReportPeriod(LocalDate.parse(from), LocalDate.parse(to), ZoneOffset.UTC);
    }

    private String outlet() {
        return "Report Outlet " + Fixtures.unique();
    }

    @Test
    void theFunnelFollowsTheArticlesIngestedInThePeriodUpToItsEnd() {
        var period = period("2011-03-01", "2011-03-07");
        data.article(outlet(), utc("2011-03-02T09:00:00"));
        var inReview = data.article(outlet(), utc("2011-03-02T09:00:00"));
        data.transition(inReview, utc("2011-03-03T09:00:00"), ArticleState.IN_REVIEW);
        var returned = data.article(outlet(), utc("2011-03-02T10:00:00"));
        data.transition(returned, utc("2011-03-03T09:00:00"), ArticleState.IN_REVIEW);
        data.transition(returned, utc("2011-03-03T12:00:00"), ArticleState.AWAITING_APPROVAL);
        data.transition(returned, utc("2011-03-04T12:00:00"), ArticleState.RETURNED);
        var publishedOutlet = outlet();
        var published = data.article(publishedOutlet, utc("2011-03-02T11:00:00"));
        data.transition(published, utc("2011-03-03T09:00:00"), ArticleState.IN_REVIEW);
        data.transition(published, utc("2011-03-03T10:00:00"), ArticleState.AWAITING_APPROVAL);
        data.transition(published, utc("2011-03-04T10:00:00"), ArticleState.APPROVED);
        data.transition(published, utc("2011-03-05T10:00:00"), ArticleState.PUBLISHED);
        var publishedLater = data.article(outlet(), utc("2011-03-06T11:00:00"));
        data.transition(publishedLater, utc("2011-03-07T09:00:00"), ArticleState.IN_REVIEW);
        data.transition(publishedLater, utc("2011-03-09T09:00:00"), ArticleState.AWAITING_APPROVAL);
        var ingestedBefore = data.article(outlet(), utc("2011-02-20T11:00:00"));
        data.transition(ingestedBefore, utc("2011-03-04T09:00:00"), ArticleState.PUBLISHED);

        var funnel = as(admin, () -> reports.funnel(period));

        assertEquals(List.of(5L, 4L, 2L, 1L), funnel.stream().map(FunnelStep::articles).toList());
        assertEquals(List.of(100L, 80L, 40L, 20L), funnel.stream().map(FunnelStep::percent).toList());
        var perOutlet = as(admin, () -> reports.funnelPerOutlet(period, 0, 10));
        assertEquals(5, perOutlet.total());
        assertTrue(perOutlet.rows().contains(new OutletFunnel(publishedOutlet, 1, 1, 1, 1)), perOutlet.rows().toString());
        var weeks = as(admin, () -> reports.throughputPerWeek(period));
        assertEquals(List.of(new WeekThroughput(LocalDate.parse("2011-02-28"), 5, 0, 2),
                new WeekThroughput(LocalDate.parse("2011-03-07"), 0, 0, 0)), weeks);
    }

    @Test
    void timeInStateIsTheMedianAndNinetiethPercentileOfTheStaysThatBeganInThePeriod() {
        var period = period("2012-06-01", "2012-06-30");
        for (var k = 1; k <= 3; k++) {
            var id = data.article(outlet(), utc("2012-06-1" + k + "T00:00:00"));
            data.transition(id, utc("2012-06-1" + k + "T00:00:00").plus(Duration.ofHours(k)), ArticleState.IN_REVIEW);
            data.transition(id, utc("2012-06-1" + k + "T10:00:00").plus(Duration.ofHours(k)), ArticleState.AWAITING_APPROVAL);
        }
        var stillInReview = data.article(outlet(), utc("2012-06-29T00:00:00"));
        data.transition(stillInReview, utc("2012-06-29T04:00:00"), ArticleState.IN_REVIEW);

        var times = as(admin, () -> reports.timeInState(period));

        var ingested = row(times, ArticleState.INGESTED);
        assertEquals(4, ingested.stays());
        assertEquals(Duration.ofMinutes(150), ingested.median(), "hours 1, 2, 3 and 4: the mean of 2 and 3");
        assertEquals(Duration.ofMinutes(222), ingested.percentile90(), "3 h + 0.7 of the hour to 4 h");
        var inReview = row(times, ArticleState.IN_REVIEW);
        assertEquals(4, inReview.stays());
        assertEquals(Duration.ofHours(10), inReview.median());
        assertEquals(Duration.ofMinutes(33 * 60 + 48), inReview.percentile90(), "10 h, 10 h, 10 h and 44 h up to the period's end");
        assertEquals(0, row(times, ArticleState.APPROVED).stays());
        assertEquals(null, row(times, ArticleState.APPROVED).median());
    }

    @Test
    void openWorkCountsClaimsOnArticlesStillOnTheDeskAndOverdueOnesPastTheirDueTime() {
        var busy = fixtures.user("busy", Role.JOURNALIST);
        var idle = fixtures.user("idle", Role.JOURNALIST);
        var gone = fixtures.user("gone", Role.JOURNALIST);
        var overdue = data.article(outlet(), Instant.now().minus(Duration.ofDays(2)));
        var dueLater = data.article(outlet(), Instant.now());
        var publishedArticle = data.article(outlet(), Instant.now().minus(Duration.ofDays(3)));
        data.dueAt(dueLater, Instant.now().plus(Duration.ofDays(1)));
        data.assign(data.firstClaim(overdue), busy);
        data.assign(data.firstClaim(dueLater), busy);
        // assigned while it was on the desk, then published: the claim no longer counts as open work
        data.assign(data.firstClaim(publishedArticle), busy);
        data.transition(publishedArticle, Instant.now(), ArticleState.PUBLISHED);
        var handover = data.article(outlet(), Instant.now());
        data.assign(data.firstClaim(handover), gone);
        data.deactivate(gone);

        var loads = allWorkload();

        assertEquals(new JournalistLoad(busy, "IT " + busy, true, 2, 1), load(loads, busy));
        assertEquals(new JournalistLoad(idle, "IT " + idle, true, 0, 0), load(loads, idle));
        assertEquals(new JournalistLoad(gone, "IT " + gone, false, 1, 0), load(loads, gone), "work left with a deactivated account");
        var order = Comparator.comparingLong(JournalistLoad::overdue).thenComparingLong(JournalistLoad::open).reversed();
        assertEquals(loads.stream().sorted(order).toList().stream().map(JournalistLoad::overdue).toList(),
                loads.stream().map(JournalistLoad::overdue).toList(), "most overdue first");
    }

    @Test
    void onlyAdminsReadReports() {
        var journalist = identities.of(fixtures.user("jo", Role.JOURNALIST), Role.JOURNALIST);

        assertThrows(EJBAccessException.class, () -> as(journalist, () -> reports.funnel(period("2015-01-01", "2015-01-02"))));
        assertFalse(as(admin, () -> reports.funnel(period("2015-01-01", "2015-01-02"))).isEmpty());
    }

    private static StateTime row(List<StateTime> rows, ArticleState state) {
        return rows.stream().filter(r -> r.state() == state).findFirst().orElseThrow();
    }

    private List<JournalistLoad> allWorkload() {
        var all = new ArrayList<JournalistLoad>();
        for (var first = 0; ; first += 200) {
            var from = first;
            var page = as(admin, () -> reports.workload(from, 200));
            all.addAll(page.rows());
            if (all.size() >= page.total() || page.rows().isEmpty()) {
                return all;
            }
        }
    }

    private static JournalistLoad load(List<JournalistLoad> loads, String username) {
        return loads.stream().filter(l -> l.username().equals(username)).findFirst()
                .orElseThrow(() -> new AssertionError(username + " is not in the workload list"));
    }
}
