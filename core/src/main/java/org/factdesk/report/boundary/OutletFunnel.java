package org.factdesk.report.boundary;

/** The pipeline funnel of one outlet's articles ingested in the period. */
public record OutletFunnel(String outlet, long ingested, long inReview, long awaitingApproval, long published) {
}
