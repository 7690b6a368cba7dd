package org.factdesk.analysis.evaluation;

import net.dankito.readability4j.Readability4J;

/**
 * The Java port of Mozilla's Readability, as the peer to beat. It runs in the same process on the same decoded
 * pages; it reads no publication date.
 */
final class Readability4jExtractor implements Extractor {

    /** The address Mozilla's own tests give every page; used when a dataset stores none. */
    static final String FAKE_HOST = "http://fakehost/test/page.html";

    @Override
    public String name() {
        return "readability4j";
    }

    @Override
    public boolean readsDates() {
        return false;
    }

    @Override
    public Extracted extract(Page page) {
        var url = page.url() == null || page.url().isBlank() ? FAKE_HOST : page.url();
        var article = new Readability4J(url, page.html()).parse();
        var text = article.getTextContent();
        return new Extracted(text == null ? "" : text, article.getTitle(), article.getByline(), null);
    }
}
