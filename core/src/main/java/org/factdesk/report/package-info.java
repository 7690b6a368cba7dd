/**
 * Figures for the people who run the desk, over a period of whole days in the desk's time zone (at most 366).
 * Use cases: the pipeline funnel of the period's ingested articles, overall and per outlet; the median and 90th
 * percentile time in each state, from the event log; throughput per calendar week; open and overdue work per
 * person as it stands now; verdicts of approved reviews per outlet; the outlets with the most conflicts flagged.
 */
package org.factdesk.report;
