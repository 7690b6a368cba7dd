package org.factdesk.article.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.factdesk.analysis.RemovalReason;
import org.factdesk.analysis.RemovedLine;
import org.factdesk.outlet.entity.Outlet;
import org.junit.jupiter.api.Test;

/** An article keeps what cleaning cut with why, and every line an editor put back for the next analysis. */
class ArticleCutLinesTest {

    private static final RemovedLine SHARE = new RemovedLine("Share this article", RemovalReason.SHARE_BAR);
    private static final RemovedLine BANNER = new RemovedLine("We use cookies", RemovalReason.CONSENT);
    private static final RemovedLine CREDIT = new RemovedLine("Photo: Reuters", RemovalReason.CAPTION);

    @Test
    void eachCutLineKeepsItsReasonInDocumentOrder() {
        var article = new Article(new Outlet("Outlet"), "raw", "Cleaned text.", null);
        article.recordCleaning(List.of(SHARE, BANNER), List.of(), null);

        assertEquals(List.of("Share this article", "We use cookies"),
                article.getRemovedLines().stream().map(CutLine::getText).toList());
        assertEquals(List.of(RemovalReason.SHARE_BAR, RemovalReason.CONSENT),
                article.getRemovedLines().stream().map(CutLine::getReason).toList());
        assertTrue(article.hasCut("We use cookies"));
        assertFalse(article.hasCut("We use"), "only a whole cut line can be put back");
    }

    @Test
    void linesPutBackStayKeptThroughEveryLaterAnalysis() {
        var article = new Article(new Outlet("Outlet"), "raw", "Cleaned text.", null);
        article.recordCleaning(List.of(SHARE, BANNER, CREDIT), List.of(), null);
        assertEquals(List.of("Share this article"), List.copyOf(article.linesKeptWith("Share this article")));

        article.recleaned("Share this article\n\nCleaned text.", List.of(BANNER, CREDIT), List.of(), "Share this article");
        article.recleaned("Share this article\n\nPhoto: Reuters\n\nCleaned text.", List.of(BANNER), List.of(), "Photo: Reuters");

        assertEquals(List.of("Share this article", "Photo: Reuters", "We use cookies"),
                List.copyOf(article.linesKeptWith("We use cookies")));
        assertEquals(List.of(BANNER.text()), article.getRemovedLines().stream().map(CutLine::getText).toList());
        assertFalse(article.hasCut("Share this article"), "back in the text");
    }
}
