package org.factdesk.report.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.factdesk.article.entity.ArticleState;
import org.factdesk.report.boundary.FunnelStage;
import org.factdesk.report.boundary.FunnelStep;
import org.factdesk.report.boundary.OutletFunnel;
import org.factdesk.report.boundary.ReportPeriod;
import org.factdesk.report.boundary.StateTime;
import org.factdesk.report.boundary.WeekThroughput;
import org.factdesk.workflow.entity.SubjectType;

/**
 * The pipeline figures, read from the articles and the event log. The funnel follows the articles ingested in the
 * period and counts the steps they reached before its end.
 */
@Dependent
public class PipelineFigures {

    @PersistenceContext
    EntityManager em;

    public List<FunnelStep> funnel(ReportPeriod period) {
        var row = bind(em.createNamedQuery("Article.funnelInPeriod", Object[].class), period).getSingleResult();
        var ingested = number(row[0]);
        var steps = new ArrayList<FunnelStep>();
        for (var stage : FunnelStage.values()) {
            steps.add(new FunnelStep(stage, number(row[stage.ordinal()]), ingested));
        }
        return steps;
    }

    public List<OutletFunnel> outletFunnels(ReportPeriod period, int first, int size) {
        return bind(em.createNamedQuery("Article.funnelsPerOutletInPeriod", Object[].class), period)
                .setFirstResult(first).setMaxResults(size).getResultStream()
                .map(r -> new OutletFunnel((String) r[0], number(r[1]), number(r[2]), number(r[3]), number(r[4]))).toList();
    }

    public long outletsIngesting(ReportPeriod period) {
        return em.createNamedQuery("Article.countOutletsIngestingInPeriod", Long.class)
                .setParameter("start", period.start()).setParameter("end", period.end()).getSingleResult();
    }

    /** Median and 90th percentile of the stays that began in the period, in every state that has stays. */
    public List<StateTime> timeInState(ReportPeriod period, Instant now) {
        var transitions = em.createNamedQuery("WorkflowEvent.stateTransitionsInPeriod", Object[].class)
                .setParameter("article", SubjectType.ARTICLE)
                .setParameter("states", Arrays.stream(ArticleState.values()).map(Enum::name).toList())
                .setParameter("start", period.start()).setParameter("end", period.end())
                .getResultStream()
                .map(r -> new StateStays.Transition((Long) r[0], (Instant) r[1], ArticleState.valueOf((String) r[2])))
                .toList();
        var cutOff = now.isBefore(period.end()) ? now : period.end();
        var rows = new ArrayList<StateTime>();
        StateStays.of(transitions, cutOff).forEach((state, stays) -> rows.add(new StateTime(state, stays.size(),
                Percentiles.of(stays, 0.5), Percentiles.of(stays, 0.9))));
        return rows;
    }

    public List<WeekThroughput> throughput(ReportPeriod period) {
        var ingested = Weeks.count(em.createNamedQuery("Article.ingestTimesInPeriod", Instant.class)
                .setParameter("start", period.start()).setParameter("end", period.end()).getResultList(), period);
        var approved = Weeks.count(eventTimes(period, SubjectType.REVIEW, "review.approved"), period);
        var published = Weeks.count(eventTimes(period, SubjectType.ARTICLE, "article.published"), period);
        return ingested.keySet().stream()
                .map(week -> new WeekThroughput(week, ingested.get(week), approved.get(week), published.get(week))).toList();
    }

    private List<Instant> eventTimes(ReportPeriod period, SubjectType type, String action) {
        return em.createNamedQuery("WorkflowEvent.timesOfActionInPeriod", Instant.class)
                .setParameter("type", type).setParameter("action", action)
                .setParameter("start", period.start()).setParameter("end", period.end()).getResultList();
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> query, ReportPeriod period) {
        return query.setParameter("start", period.start()).setParameter("end", period.end())
                .setParameter("article", SubjectType.ARTICLE)
                .setParameter("review", FunnelStage.IN_REVIEW.reachedBy())
                .setParameter("approval", FunnelStage.AWAITING_APPROVAL.reachedBy())
                .setParameter("published", FunnelStage.PUBLISHED.reachedBy());
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
