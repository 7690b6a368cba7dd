package org.factdesk.report.boundary;

/** How many of an outlet's articles are on the desk, and how many of them are published. */
public record OutletCount(String outlet, long articles, long published) {
}
