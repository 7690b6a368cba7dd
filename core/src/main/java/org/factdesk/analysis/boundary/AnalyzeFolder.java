package org.factdesk.analysis.boundary;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.factdesk.analysis.ArticleAnalyzer;
import org.factdesk.analysis.SourceDocument;
import org.factdesk.analysis.extract.RuleBasedAnalyzer;
import org.factdesk.analysis.retrieval.MiniLmEmbeddings;
import org.factdesk.analysis.story.StoryGrouping;
import org.factdesk.article.control.SourceDecoder;
import org.factdesk.shared.boundary.BusinessException;

/**
 * The claim engine on a folder, without a server: {@code mvn -q -pl core compile exec:java@analyze
 * -Danalyze.dir=FOLDER}. Reads every .txt and .html file, and prints one JSON document to standard output with each
 * article (metadata, cleaned text, what cleaning removed, claims with score and reasons), the near-duplicate pairs,
 * the stories (every file in exactly one) and the claims that repeat across articles of a story, with conflicts.
 * Everything else goes to standard error.
 */
public final class AnalyzeFolder {

    private static final Logger LOG = Logger.getLogger(AnalyzeFolder.class.getName());
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private AnalyzeFolder() {
    }

    public static void main(String[] args) throws IOException {
        var stdout = System.out;
        // stray prints from any library must not corrupt the JSON on standard output
        System.setOut(System.err);
        if (args.length != 1 || !Files.isDirectory(Path.of(args[0]))) {
            System.err.println("Usage: mvn -q -pl core compile exec:java@analyze -Danalyze.dir=FOLDER"
                    + (args.length == 1 ? " (no folder " + Path.of(args[0]).toAbsolutePath() + ")" : ""));
            System.exit(2);
        }
        print(analyze(Path.of(args[0])), stdout);
    }

    /** The JSON document for the folder's .txt and .html files, read in file-name order. */
    public static String analyze(Path folder) throws IOException {
        ArticleAnalyzer analyzer = new RuleBasedAnalyzer();
        var articles = new ArrayList<StoryGrouping.Article>();
        for (var file : files(folder)) {
            var name = file.getFileName().toString();
            var analysis = analyzer.analyze(SourceDocument.of(name, read(file)));
            analysis.warnings().forEach(w -> LOG.warning(name + ": " + FolderReport.english(w)));
            articles.add(new StoryGrouping.Article(name, analysis));
        }
        LOG.info("Analysed " + articles.size() + " files in " + folder);
        return new FolderReport(articles, new StoryGrouping(MiniLmEmbeddings.shared()).group(articles)).json();
    }

    private static List<Path> files(Path folder) throws IOException {
        try (Stream<Path> listing = Files.list(folder)) {
            return listing.filter(Files::isRegularFile)
                    .filter(p -> {
                        var name = p.getFileName().toString().toLowerCase(Locale.ROOT);
                        return name.endsWith(".txt") || name.endsWith(".html") || name.endsWith(".htm");
                    })
                    .sorted()
                    .toList();
        }
    }

    /**
     * Decoded as ingest decodes an upload (UTF-8 when the bytes are valid UTF-8, else Windows-1252, without a byte
     * order mark). A file ingest would refuse (empty, binary, too large) is still read, so that the command reports
     * what the engine makes of it.
     */
    private static String read(Path file) throws IOException {
        var bytes = Files.readAllBytes(file);
        try {
            return SourceDecoder.decode(bytes, file.getFileName().toString());
        } catch (BusinessException refused) {
            try {
                return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
            } catch (CharacterCodingException e) {
                return new String(bytes, WINDOWS_1252);
            }
        }
    }

    private static void print(String json, PrintStream out) {
        out.println(json);
        out.flush();
    }
}
