package org.factdesk.analysis.evaluation;

/**
 * One benchmark page as every system receives it.
 *
 * @param id   the dataset's key for the page
 * @param url  where the page came from, for extractors that resolve links; never used to choose rules
 * @param html the page decoded to text the way ingest decodes an upload
 */
record Page(String id, String url, String html) {
}
