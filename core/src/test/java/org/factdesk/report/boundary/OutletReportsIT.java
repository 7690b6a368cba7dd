package org.factdesk.report.boundary;

import static org.factdesk.testsupport.Calls.as;
import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.factdesk.analysis.ConflictKind;
import org.factdesk.review.entity.Verdict;
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

/** Figures per outlet, each test in a past period that holds only its own data. */
@ExtendWith(ArquillianExtension.class)
class OutletReportsIT {

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

    private static String outlet() {
        return "Report Outlet " + Fixtures.unique();
    }

    @Test
    void aConflictCountsForBothOutletsByWhatTheyDisagreeOn() {
        var period = period("2013-01-01", "2013-01-31");
        var a = data.article(outlet(), utc("2013-01-05T08:00:00"));
        var b = data.article(outlet(), utc("2013-01-05T08:00:00"));
        var c = data.article(outlet(), utc("2013-01-05T08:00:00"));
        var flagged = utc("2013-01-10T08:00:00");
        data.conflict(data.firstClaim(a), data.firstClaim(b), ConflictKind.NUMBER, flagged);
        data.conflict(data.firstClaim(b), data.firstClaim(a), ConflictKind.SPEAKER, flagged);
        data.conflict(data.firstClaim(a), data.firstClaim(c), ConflictKind.DATE, flagged);
        data.conflict(data.firstClaim(c), data.firstClaim(a), null, flagged);
        data.conflict(data.firstClaim(c), data.firstClaim(b), ConflictKind.PLACE, utc("2013-02-01T00:00:00"));

        var page = as(admin, () -> reports.conflictsPerOutlet(period, 0, 10));

        assertEquals(3, page.total());
        assertEquals(List.of(data.outletOf(a), data.outletOf(b), data.outletOf(c)),
                page.rows().stream().map(OutletConflicts::outlet).toList());
        assertEquals(Map.of(ConflictKind.NUMBER, 1L, ConflictKind.SPEAKER, 1L, ConflictKind.DATE, 1L, ConflictKind.PLACE, 0L),
                page.rows().get(0).counts());
        assertEquals(3, page.rows().get(0).total());
        assertEquals(2, page.rows().get(1).total());
        assertEquals(1, page.rows().get(2).count(ConflictKind.DATE));
        assertEquals(List.of(data.outletOf(b)), as(admin, () -> reports.conflictsPerOutlet(period, 1, 1)).rows().stream()
                .map(OutletConflicts::outlet).toList(), "the second page of one");
    }

    @Test
    void verdictsCountTheReviewsApprovedInThePeriodPerOutlet() {
        var period = period("2014-02-01", "2014-02-28");
        var author = fixtures.user("author", Role.JOURNALIST);
        var chief = fixtures.user("chief", Role.DESK_CHIEF);
        var busyOutlet = outlet();
        var quietOutlet = outlet();
        var first = data.article(busyOutlet, utc("2014-01-20T08:00:00"));
        var second = data.article(busyOutlet, utc("2014-01-21T08:00:00"));
        var third = data.article(quietOutlet, utc("2014-01-21T08:00:00"));
        data.approvedReview(data.firstClaim(first), Verdict.TRUE, author, chief, utc("2014-02-03T08:00:00"));
        data.approvedReview(data.firstClaim(second), Verdict.FALSE, author, chief, utc("2014-02-04T08:00:00"));
        var late = data.article(busyOutlet, utc("2014-01-22T08:00:00"));
        data.approvedReview(data.firstClaim(late), Verdict.FALSE, author, chief, utc("2014-03-01T08:00:00"));
        data.approvedReview(data.firstClaim(third), Verdict.FALSE, author, chief, utc("2014-02-05T08:00:00"));

        var verdicts = as(admin, () -> reports.verdicts(period));
        var perOutlet = as(admin, () -> reports.verdictsPerOutlet(period, 0, 10));

        assertEquals(1L, verdicts.get(Verdict.TRUE));
        assertEquals(2L, verdicts.get(Verdict.FALSE));
        assertEquals(0L, verdicts.get(Verdict.UNVERIFIABLE));
        assertEquals(2, perOutlet.total());
        assertEquals(List.of(busyOutlet, quietOutlet), perOutlet.rows().stream().map(OutletVerdicts::outlet).toList());
        assertEquals(1, perOutlet.rows().get(0).count(Verdict.TRUE));
        assertEquals(1, perOutlet.rows().get(0).count(Verdict.FALSE));
        assertEquals(2, perOutlet.rows().get(0).total());
    }
}
