package org.factdesk.analysis.control;

/** Share of an element's text that sits inside links: menus and teaser lists are mostly links, stories are not. */
final class LinkDensity {

    private LinkDensity() {
    }

    static double of(org.jsoup.nodes.Element element) {
        var total = element.text().length();
        if (total == 0) {
            return 0;
        }
        var linked = 0;
        for (var link : element.select("a")) {
            linked += link.text().length();
        }
        return Math.min(1, (double) linked / total);
    }
}
