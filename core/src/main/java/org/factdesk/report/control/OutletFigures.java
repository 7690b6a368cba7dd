package org.factdesk.report.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.factdesk.analysis.ConflictKind;
import org.factdesk.report.boundary.OutletConflicts;
import org.factdesk.report.boundary.OutletVerdicts;
import org.factdesk.report.boundary.ReportPeriod;
import org.factdesk.review.entity.ReviewState;
import org.factdesk.review.entity.Verdict;

/**
 * Figures per outlet: the verdicts of reviews approved in the period, and the conflicts flagged in it. Each list is
 * paged by outlet, busiest first, and each page is filled in with one more query for its outlets only.
 */
@Dependent
public class OutletFigures {

    @PersistenceContext
    EntityManager em;

    public Map<Verdict, Long> verdicts(ReportPeriod period) {
        var counts = new EnumMap<Verdict, Long>(Verdict.class);
        for (var verdict : Verdict.values()) {
            counts.put(verdict, 0L);
        }
        approved(em.createNamedQuery("Review.verdictCountsApprovedInPeriod", Object[].class), period)
                .getResultStream().forEach(row -> counts.put((Verdict) row[0], (Long) row[1]));
        return counts;
    }

    public List<OutletVerdicts> verdictsPerOutlet(ReportPeriod period, int first, int size) {
        var names = approved(em.createNamedQuery("Review.outletsByVerdictsApprovedInPeriod", String.class), period)
                .setFirstResult(first).setMaxResults(size).getResultList();
        if (names.isEmpty()) {
            return List.of();
        }
        var counts = new HashMap<String, Map<Verdict, Long>>();
        approved(em.createNamedQuery("Review.outletVerdictCountsApprovedInPeriod", Object[].class), period)
                .setParameter("names", names).getResultStream()
                .forEach(row -> counts.computeIfAbsent((String) row[0], n -> new EnumMap<>(Verdict.class))
                        .put((Verdict) row[1], (Long) row[2]));
        return names.stream().map(n -> new OutletVerdicts(n, counts.getOrDefault(n, Map.of()))).toList();
    }

    public long outletsWithVerdicts(ReportPeriod period) {
        return approved(em.createNamedQuery("Review.countOutletsWithVerdictsApprovedInPeriod", Long.class), period)
                .getSingleResult();
    }

    public List<OutletConflicts> conflictsPerOutlet(ReportPeriod period, int first, int size) {
        var totals = within(em.createNamedQuery("ClaimMatch.conflictTotalsPerOutletInPeriod", Object[].class), period)
                .setFirstResult(first).setMaxResults(size).getResultList();
        if (totals.isEmpty()) {
            return List.of();
        }
        var names = totals.stream().map(row -> (String) row[0]).toList();
        var counts = new HashMap<String, Map<ConflictKind, Long>>();
        within(em.createNamedQuery("ClaimMatch.conflictKindCountsPerOutletInPeriod", Object[].class), period)
                .setParameter("names", names).getResultStream()
                .forEach(row -> counts.computeIfAbsent((String) row[0], n -> new EnumMap<>(ConflictKind.class))
                        .put((ConflictKind) row[1], (Long) row[2]));
        return totals.stream().map(row -> new OutletConflicts((String) row[0], (Long) row[1],
                counts.getOrDefault((String) row[0], Map.of()))).toList();
    }

    public long outletsWithConflicts(ReportPeriod period) {
        return within(em.createNamedQuery("ClaimMatch.countOutletsWithConflictsInPeriod", Long.class), period)
                .getSingleResult();
    }

    private static <T> TypedQuery<T> approved(TypedQuery<T> query, ReportPeriod period) {
        return within(query, period).setParameter("approved", ReviewState.APPROVED);
    }

    private static <T> TypedQuery<T> within(TypedQuery<T> query, ReportPeriod period) {
        return query.setParameter("start", period.start()).setParameter("end", period.end());
    }
}
