package org.factdesk.analysis.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.factdesk.analysis.Analysis;
import org.factdesk.analysis.ArticleAnalyzer;
import org.factdesk.analysis.SourceDocument;
import org.factdesk.analysis.extract.RuleBasedAnalyzer;
import org.junit.jupiter.api.Test;

class HtmlCleanerTest {

    private static final String P1 = "The regional parliament in Kiel passed a law on Wednesday that bans new oil "
            + "drilling off the coast, a decision environmental groups had demanded for a decade.";
    private static final String P2 = "\"This is the first ban of its kind in Germany,\" Environment Minister Lena Koch "
            + "told lawmakers after the vote, adding that 3 exploration licences would lapse.";
    private static final String P3 = "Industry representatives said they would challenge the law in court, arguing "
            + "that it breaks existing contracts signed in 2019.";

    private final ArticleAnalyzer analyzer = new RuleBasedAnalyzer();

    private Analysis analyse(String html) {
        return analyzer.analyze(new SourceDocument("page.html", html, SourceDocument.Format.HTML));
    }

    private static String page(String head, String body) {
        return "<!doctype html><html><head>" + head + "</head><body>" + body + "</body></html>";
    }

    @Test
    void noScriptStyleOrHandlerReachesTheText() {
        var html = page("<style>p{color:red}</style><script>var tracker = 1;</script>",
                "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
                        + "<article><h1 onclick=\"alert('x')\">Kiel bans offshore drilling</h1>"
                        + "<p>" + P1 + "<script>document.write('injected')</script></p>"
                        + "<p onmouseover=\"steal()\">" + P2 + "</p><style>.ad{}</style>"
                        + "<noscript>Enable JavaScript</noscript><p>" + P3 + "</p>"
                        + "<iframe src='https://ads.example'>frame text</iframe></article>");
        var analysis = analyse(html);
        var text = analysis.cleanedText();
        for (var forbidden : List.of("tracker", "injected", "alert", "steal", "color:red", ".ad", "Enable JavaScript",
                "frame text", "<", "onclick", "onmouseover")) {
            assertFalse(text.contains(forbidden), forbidden);
        }
        assertEquals(List.of("Kiel bans offshore drilling", P1, P2, P3), List.of(text.split("\n\n")));
        assertTrue(analysis.removed().contains("Home News"));
    }

    @Test
    void aSiteNameAfterADashLeavesTheTitleWhenThePageHeadlineSaysSo() {
        var withHeadline = analyse(page("<title>Kiel bans drilling - Nord Kurier</title>",
                "<article><h1>Kiel bans drilling</h1><p>" + P1 + "</p><p>" + P2 + "</p></article>"));
        assertEquals("Kiel bans drilling", withHeadline.metadata().title());
        var dashInHeadline = analyse(page("<title>Kiel bans drilling - a first</title>",
                "<article><p>" + P1 + "</p><p>" + P2 + "</p></article>"));
        assertEquals("Kiel bans drilling - a first", dashInHeadline.metadata().title());
    }

    @Test
    void readsMetaTagsAndJsonLd() {
        var head = "<title>Kiel bans drilling | Nord Kurier</title>"
                + "<meta property='og:site_name' content='Nord Kurier'>"
                + "<meta property='article:published_time' content='2024-05-22T08:15:00+02:00'>"
                + "<script type='application/ld+json'>{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\","
                + "\"headline\":\"Kiel bans offshore drilling \\u2013 a first\",\"author\":{\"@type\":\"Person\","
                + "\"name\":\"Jonas Weber\"},\"datePublished\":\"2024-05-22\"}</script>";
        var analysis = analyse(page(head, "<article><p>" + P1 + "</p><p>" + P2 + "</p></article>"));
        var metadata = analysis.metadata();
        assertEquals("Kiel bans offshore drilling – a first", metadata.title());
        assertEquals("Jonas Weber", metadata.byline());
        assertEquals("Nord Kurier", metadata.outlet());
        assertEquals(LocalDate.of(2024, 5, 22), metadata.publishedOn());
    }

    @Test
    void picksTheMainContentWithoutMarkup() {
        var sidebar = "<div class='col'><ul><li><a href='/a'>Storm hits the coast of Norway tonight</a></li>"
                + "<li><a href='/b'>Football results from the weekend league</a></li></ul></div>";
        var story = "<div class='col'><div><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p></div></div>";
        var analysis = analyse(page("", "<div>" + sidebar + story + "</div><footer>© 2024 Nord Kurier</footer>"));
        assertEquals(List.of(P1, P2, P3), List.of(analysis.cleanedText().split("\n\n")));
        assertTrue(analysis.removed().containsAll(List.of("Storm hits the coast of Norway tonight",
                "Football results from the weekend league", "© 2024 Nord Kurier")));
    }

    @Test
    void dropsShareBarsCaptionsAndCommentsMarkedByClass() {
        var html = page("", "<article><div class='share-buttons'>Share Tweet Email</div><p>" + P1 + "</p>"
                + "<figure><img src='x.jpg'><figcaption>The parliament in Kiel. Photo: dpa</figcaption></figure>"
                + "<p>" + P2 + "</p><div id='comments'><h3>3 comments</h3><p>Great law, finally!</p></div></article>");
        var analysis = analyse(html);
        assertEquals(List.of(P1, P2), List.of(analysis.cleanedText().split("\n\n")));
        assertEquals(List.of("Share Tweet Email", "The parliament in Kiel. Photo: dpa", "3 comments",
                "Great law, finally!"), analysis.removed());
        assertEquals("Lena Koch", analysis.claims().stream().filter(c -> c.text().contains("This is the first ban"))
                .findFirst().orElseThrow().speaker());
    }

    @Test
    void survivesDeepAndBrokenMarkup() {
        var deep = "<div>".repeat(100_000) + "<p>" + P1 + "</p>" + "<b><i><u>".repeat(20_000) + "<p>" + P2
                + "</table></td></tr><a href=\"unterminated";
        var analysis = analyse(deep);
        assertTrue(analysis.cleanedText().contains("The regional parliament in Kiel passed a law"),
                analysis.cleanedText());
    }
}
