package org.factdesk.report.boundary;

/** How many of the period's ingested articles reached one step of the pipeline. */
public record FunnelStep(FunnelStage stage, long articles, long ingested) {

    /** Share of the ingested articles, in whole percent; 0 when nothing was ingested. */
    public long percent() {
        return ingested == 0 ? 0 : Math.round(100.0 * articles / ingested);
    }
}
