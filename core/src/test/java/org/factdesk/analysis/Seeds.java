package org.factdesk.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.factdesk.analysis.extract.RuleBasedAnalyzer;

/** The five scraped copies of the Vostochny story that ship as demo data, read from the classpath. */
public final class Seeds {

    public static final String CLEAN = "000_bf663e8572b57d44.txt";
    public static final String WIDGETS = "001_199e5ac08dbcf22c.txt";
    public static final String VLADIVOSTOK = "002_12d57e7f6210e6f8.txt";
    public static final String HEADLINE_LIST = "003_1b585e5154195667.txt";
    public static final String GLUED_LINKS = "004_6b55d9e8d47e983b.txt";
    public static final List<String> ALL = List.of(CLEAN, WIDGETS, VLADIVOSTOK, HEADLINE_LIST, GLUED_LINKS);

    private static final ArticleAnalyzer ANALYZER = new RuleBasedAnalyzer();

    private Seeds() {
    }

    public static String text(String name) {
        try (var in = Seeds.class.getResourceAsStream("/org/factdesk/demo/seeds/" + name)) {
            if (in == null) {
                throw new IllegalStateException("Seed missing from the classpath: " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Analysis analyse(String name) {
        return ANALYZER.analyze(SourceDocument.of(name, text(name)));
    }

    /**
     * The claim that opens with these words, whether the claim is the bare quote or the whole sentence around it
     * (which then opens with the quotation mark).
     */
    public static ClaimCandidate claimStartingWith(Analysis analysis, String start) {
        return analysis.claims().stream()
                .filter(claim -> claim.text().replaceFirst("^[\"“„«‘']+", "").startsWith(start))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No claim starts with \"" + start + "\" in " + analysis.claims()));
    }
}
