package org.factdesk.analysis.evaluation;

/**
 * One benchmark page as every system receives it.
 *
 * @param id   the dataset's key for the page
 * @param url  where the page came from, for extractors that resolve links; never used to choose rules
 * @param html the page decoded to text the way ingest decodes an upload
 * @param site the page's site: cross-validation keeps a site's pages in one fold, and a site's other pages are the
 *             history of lines the server would hold for its outlet
 */
record Page(String id, String url, String html, String site) {

    static Page of(org.factdesk.analysis.clean.BenchmarkPage page, String url) {
        return new Page(page.id(), url, page.html(), page.site());
    }
}
