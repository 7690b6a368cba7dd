package org.factdesk.crash;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.factdesk.analysis.ArticleAnalyzer;
import org.factdesk.analysis.SourceDocument;
import org.factdesk.analysis.clean.SourceDecoder;
import org.factdesk.analysis.extract.RuleBasedAnalyzer;
import org.factdesk.api.ApiClient;
import org.factdesk.security.PageSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A server killed with SIGKILL in the middle of the desk's work loses, doubles and half-writes nothing. Once while
 * a story is being ingested over the API (after five that were acknowledged), once while a ZIP import of the 181
 * pages of Scrapinghub's article-extraction benchmark is ingesting a file, a third of the way in. After each kill
 * the server is started again on what the killed one left behind; the import must resume by itself and complete.
 * Then every article on the desk is counted by its file, and its stored text and claims are compared with what the
 * claim engine yields for that file here, outside the server, as the ingest runs it: an article whose text or
 * claims differ was only half written.
 *
 * <p>The pages are evaluation data and never shipped: the test reads them from {@code factdesk.data.dir} and fails
 * when they are not there. It runs in the profile {@code crash-safety}, after the browser tests, on a server of its
 * own at the same port offset.
 */
@Tag("crash")
class CrashSafetyIT {

    private static final String BENCHMARK = "scrapinghub-article-extraction-benchmark";
    private static final String JOURNALIST = ApiClient.staff("jane");
    private static final String WIRE = "Crash Wire";
    private static final String IMPORT = "Crash Import";
    private static final int ACKNOWLEDGED = 5;
    /** A story large enough that its analysis takes the server seconds, so that a kill can land inside it. */
    private static final int IN_FLIGHT_CHARS = 300_000;
    private static final Pattern IN_INGEST = Pattern.compile("org\\.factdesk\\.ingest\\.control\\.Ingest\\.(read|store)\\(");
    private static final Duration POLL = Duration.ofMillis(250);

    private final KilledServer server = new KilledServer();
    private final ArticleAnalyzer engine = new RuleBasedAnalyzer();

    @AfterEach
    void stopServer() {
        server.kill();
    }

    @Test
    void nothingIsLostDoubledOrHalfWrittenWhenTheServerIsKilledDuringAnIngestAndABulkImport() throws Exception {
        var pages = benchmarkPages();
        var expected = new LinkedHashMap<String, Expected>();
        pages.forEach((name, bytes) -> expected.put(name, expect(name, bytes)));
        var inFlightName = "crash-in-flight.txt";
        var inFlight = longStory(IN_FLIGHT_CHARS).getBytes(StandardCharsets.UTF_8);
        var inFlightExpected = expect(inFlightName, inFlight);

        // (a) single ingests: one cut off while the server works on it, and five acknowledged with 201, the last
        // of them just before the kill, so that a commit the server acknowledged but had not yet written shows
        var base = server.start();
        var api = new ApiClient(base);
        var singles = new ArrayList<>(pages.keySet()).subList(0, ACKNOWLEDGED);
        var acknowledged = new LinkedHashMap<Long, String>();
        for (var name : singles.subList(0, ACKNOWLEDGED - 1)) {
            acknowledged.put(ingest(api, name, pages.get(name)), name);
        }
        sendWithoutWaiting(base, ingestPath(WIRE, inFlightName), inFlight);
        var singlePhase = await(this::ingestPhase, Duration.ofMinutes(2), "the server is ingesting the story in flight");
        var last = singles.get(ACKNOWLEDGED - 1);
        acknowledged.put(ingest(api, last, pages.get(last)), last);
        server.kill();

        // (b) the ZIP import, killed a third of the way in, while a file is being ingested
        base = server.start();
        var journalist = new PageSession(base).login("jane");
        var form = journalist.open("article/import.xhtml");
        var started = journalist.submitWithFile(form, "zip", Map.of("zip:outlet", IMPORT), "zip:archive", BENCHMARK + ".zip",
                "application/zip", zip(pages), "zip:submit");
        assertTrue(started.isRedirect(), "the import starts: " + started + " " + started.messages());
        var job = journalist.relative(started.location().orElseThrow());
        assertTrue(job.contains("job="), job);
        var third = pages.size() / 3;
        await(() -> progress(journalist, job).processed() >= third ? true : null, Duration.ofMinutes(20),
                "a third of the import done");
        var beforeKill = progress(journalist, job);
        var seenBeforeKill = titles(new ApiClient(base));
        var bulkPhase = await(this::ingestPhase, Duration.ofMinutes(2), "the import ingesting its next file");
        server.kill();

        base = server.start();
        var afterRestart = new PageSession(base).login("jane");
        var resumedAt = progress(afterRestart, job);
        var finished = await(() -> {
            var now = progress(afterRestart, job);
            return now.state().equals("COMPLETED") || now.state().equals("FAILED") || now.state().equals("STOPPED") ? now : null;
        }, Duration.ofMinutes(20), "the import resumed by itself and ended");

        // every article of both outlets, by file, against what the engine yields for that file
        api = new ApiClient(base);
        var all = new LinkedHashMap<>(expected);
        all.put(inFlightName, inFlightExpected);
        var stored = storedArticles(api, all.keySet());
        var wire = stored.stream().filter(a -> a.outlet().equals(WIRE)).collect(Collectors.groupingBy(Stored::sourceName));
        var imported = stored.stream().filter(a -> !a.outlet().equals(WIRE)).collect(Collectors.groupingBy(Stored::sourceName));
        var halfWritten = stored.stream().filter(a -> !all.get(a.sourceName()).matches(a))
                .map(a -> a.outlet() + "/" + a.sourceName() + " (" + a.claims() + " of " + all.get(a.sourceName()).claims()
                        + " claims, text " + (a.cleanedText().equals(all.get(a.sourceName()).cleanedText()) ? "whole" : "differs") + ")")
                .toList();

        var byId = stored.stream().collect(Collectors.toMap(Stored::id, a -> a));
        var lostAcknowledged = acknowledged.entrySet().stream()
                .filter(e -> !byId.containsKey(e.getKey()) || !byId.get(e.getKey()).sourceName().equals(e.getValue()))
                .map(e -> e.getKey() + " " + e.getValue()).toList();
        var listedAfter = titles(api);
        var lostSeen = seenBeforeKill.entrySet().stream()
                .filter(e -> !e.getValue().equals(listedAfter.get(e.getKey())))
                .map(e -> e.getKey() + " " + e.getValue()).toList();
        var lostSingles = singles.stream().filter(n -> !wire.containsKey(n)).toList();
        var doubledSingles = wire.entrySet().stream().filter(e -> e.getValue().size() > 1).map(Map.Entry::getKey).toList();
        var inFlightCopies = wire.getOrDefault(inFlightName, List.of()).size();
        var storable = expected.entrySet().stream().filter(e -> !e.getValue().rejected()).map(Map.Entry::getKey).toList();
        var lostPages = storable.stream().filter(n -> !imported.containsKey(n)).toList();
        var doubledPages = imported.entrySet().stream().filter(e -> e.getValue().size() > 1).map(Map.Entry::getKey).toList();
        var unexpected = imported.keySet().stream().filter(n -> !storable.contains(n)).toList();

        System.out.printf("CRASH single ingest: %d acknowledged before the kill (the last just before it), %d of them stored"
                        + " under the id the 201 named, %d lost, %d stored twice; the story in flight (in Ingest.%s before the"
                        + " last acknowledgement, so cut off unless stored) is stored %d time(s)%n",
                singles.size(), singles.size() - lostAcknowledged.size(), lostAcknowledged.size(), doubledSingles.size(),
                singlePhase, inFlightCopies);
        System.out.printf("CRASH bulk import: %d Scrapinghub pages (%d the engine refuses), killed with %d or more processed,"
                        + " the moment a file was seen in Ingest.%s; after the restart %d processed and %s, ended %s with %d processed"
                        + " (%d imported, %d duplicates, %d rejected)%n",
                pages.size(), pages.size() - storable.size(), beforeKill.processed(), bulkPhase, resumedAt.processed(),
                resumedAt.state(), finished.state(), finished.processed(), finished.imported(), finished.duplicates(),
                finished.rejected());
        System.out.printf("CRASH articles of the import: %d expected, %d stored once, %d lost, %d stored twice, %d unexpected;"
                        + " of the %d articles listed just before the kill, %d are gone after it %s%n",
                storable.size(), imported.values().stream().filter(v -> v.size() == 1).count(), lostPages.size(),
                doubledPages.size(), unexpected.size(), seenBeforeKill.size(), lostSeen.size(), lostSeen);
        System.out.printf("CRASH half-written articles (text or claims other than the engine yields for the file): %d of %d %s%n",
                halfWritten.size(), stored.size(), halfWritten);

        assertEquals(List.of(), lostAcknowledged, "every acknowledged ingest survives the kill, under the id it was given");
        assertEquals(List.of(), lostSingles, "every acknowledged ingest survives the kill");
        assertEquals(List.of(), lostSeen, "every article the desk listed before the kill is there after it");
        assertEquals(List.of(), doubledSingles, "no ingest is stored twice");
        assertEquals("COMPLETED", finished.state(), "the import resumed after the restart and completed: " + finished);
        assertEquals(pages.size(), finished.processed(), "every file of the import has its result");
        assertEquals(storable.size(), finished.imported() + finished.duplicates(), "the import reports every page stored");
        assertEquals(pages.size() - storable.size(), finished.rejected(), "the import rejects only what the engine refuses");
        assertEquals(List.of(), lostPages, "no page of the import is lost");
        assertEquals(List.of(), doubledPages, "no page of the import is stored twice");
        assertEquals(List.of(), unexpected, "no article the import should have refused");
        assertEquals(storable.size(), imported.values().stream().mapToInt(List::size).sum(), "the articles the import reports");
        assertEquals(List.of(), halfWritten, "no article is half written");
    }

    /** The benchmark's pages as the desk receives them: {@code <id>.html}, unpacked from the stored gzip. */
    private static Map<String, byte[]> benchmarkPages() throws IOException {
        var data = Path.of(Objects.requireNonNull(System.getProperty("factdesk.data.dir"), "factdesk.data.dir is set in ear/pom.xml"));
        var html = data.resolve(BENCHMARK).resolve("html");
        assertTrue(Files.isDirectory(html), "the crash test imports the pages of " + html
                + "; pass -Dfactdesk.data.dir=FOLDER where the evaluation data is (/work/shared/data from a worktree)");
        var pages = new TreeMap<String, byte[]>();
        try (Stream<Path> files = Files.list(html)) {
            for (var file : files.filter(f -> f.toString().endsWith(".html.gz")).toList()) {
                try (var in = new GZIPInputStream(Files.newInputStream(file))) {
                    pages.put(file.getFileName().toString().replaceFirst("\\.gz$", ""), in.readAllBytes());
                }
            }
        }
        assertEquals(181, pages.size(), "the benchmark's 181 pages in " + html);
        return pages;
    }

    record Expected(String cleanedText, int claims) {
        boolean rejected() {
            return cleanedText.isBlank();
        }

        boolean matches(Stored article) {
            return article.cleanedText().equals(cleanedText) && article.claims() == claims;
        }
    }

    /** What the ingest stores for a file: the engine on the decoded text, as {@code Ingest.read} runs it. */
    private Expected expect(String fileName, byte[] content) {
        var analysis = engine.analyze(SourceDocument.of(fileName, SourceDecoder.read(content, fileName).text()));
        return new Expected(analysis.cleanedText(), analysis.claims().size());
    }

    /** Ingests a page over the API and returns the id of the article its 201 names. */
    private static long ingest(ApiClient api, String name, byte[] page) {
        var reply = api.post(ingestPath(WIRE, name), JOURNALIST, "text/html", page);
        assertEquals(201, reply.status(), name + ": " + reply.body());
        var location = reply.headers().firstValue("Location").orElseThrow();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    private static String ingestPath(String outlet, String fileName) {
        return "api/articles?outlet=" + URLEncoder.encode(outlet, StandardCharsets.UTF_8) + "&fileName=" + fileName;
    }

    /** Writes a whole ingest request on a socket of its own and returns without reading the answer. */
    private void sendWithoutWaiting(URL base, String path, byte[] body) throws IOException {
        var socket = new Socket(base.getHost(), base.getPort());
        OutputStream out = socket.getOutputStream();
        var head = "POST " + base.getPath() + path + " HTTP/1.1\r\nHost: " + base.getHost() + ":" + base.getPort()
                + "\r\nAuthorization: " + JOURNALIST + "\r\nContent-Type: text/plain; charset=UTF-8\r\nContent-Length: "
                + body.length + "\r\nConnection: close\r\n\r\n";
        out.write(head.getBytes(StandardCharsets.US_ASCII));
        out.write(body);
        out.flush();
        server.closeWithServer(socket);
    }

    /** The stage of {@code Ingest} a server thread is in right now (read: decoding and analysis; store), or null. */
    private String ingestPhase() {
        try {
            var matcher = IN_INGEST.matcher(server.threadDump());
            return matcher.find() ? matcher.group(1) : null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static byte[] zip(Map<String, byte[]> pages) throws IOException {
        var bytes = new ByteArrayOutputStream();
        try (var out = new ZipOutputStream(bytes)) {
            for (var page : pages.entrySet()) {
                out.putNextEntry(new ZipEntry(page.getKey()));
                out.write(page.getValue());
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    record Stored(long id, String outlet, String title, String sourceName, String cleanedText, int claims) {
    }

    /** Every article as the desk's list shows it now, under whichever outlet the import filed it: id and title. */
    private static Map<Long, String> titles(ApiClient api) {
        var titles = new LinkedHashMap<Long, String>();
        for (var row : rows(api)) {
            titles.put(row.getJsonNumber("id").longValue(), row.getString("title"));
        }
        return titles;
    }

    private static List<JsonObject> rows(ApiClient api) {
        var all = new ArrayList<JsonObject>();
        for (int first = 0; ; first += 200) {
            var rows = api.get("api/articles?first=" + first + "&size=200", JOURNALIST).json().getJsonArray("rows");
            all.addAll(rows.getValuesAs(JsonObject.class));
            if (rows.size() < 200) {
                return all;
            }
        }
    }

    /**
     * The articles stored from this test's files, under whichever outlet: the import files a page under the site it
     * names and only the rest under {@link #IMPORT}.
     */
    private static List<Stored> storedArticles(ApiClient api, Set<String> fileNames) {
        var found = new ArrayList<Stored>();
        for (var row : rows(api)) {
            var article = api.get("api/articles/" + row.getJsonNumber("id").longValue(), JOURNALIST).json();
            var sourceName = article.isNull("sourceName") ? null : article.getString("sourceName");
            if (fileNames.contains(sourceName)) {
                found.add(new Stored(row.getJsonNumber("id").longValue(), row.getString("outlet"), row.getString("title"),
                        sourceName, article.getString("cleanedText"), article.getJsonArray("claims").size()));
            }
        }
        return found;
    }

    record Progress(String state, int processed, int imported, int duplicates, int rejected) {
    }

    /** The import's page as its reader sees it: state, files processed and the outcomes. */
    private static Progress progress(PageSession session, String job) {
        var page = session.open(job);
        assertEquals(200, page.status(), page.toString());
        var html = page.html();
        var state = Objects.requireNonNull(html.getElementById("importState"), "the import's state on " + job).classNames()
                .stream().filter(c -> c.startsWith("import-")).findFirst().orElseThrow().substring("import-".length());
        return new Progress(state, Integer.parseInt(html.getElementById("processed").text()),
                outcome(html, "IMPORTED"), outcome(html, "DUPLICATE"), outcome(html, "REJECTED"));
    }

    private static int outcome(org.jsoup.nodes.Document html, String status) {
        var text = Objects.requireNonNull(html.selectFirst("#summary .outcome-" + status), status).text();
        return Integer.parseInt(text.replaceAll("\\D.*", ""));
    }

    /** Polls until the condition yields a value; fails with what was awaited when the limit passes first. */
    private static <T> T await(Supplier<T> condition, Duration limit, String what) throws InterruptedException {
        var until = System.nanoTime() + limit.toNanos();
        for (T value = condition.get(); ; value = condition.get()) {
            if (value != null) {
                return value;
            }
            if (System.nanoTime() > until) {
                throw new AssertionError("not reached within " + limit + ": " + what);
            }
            Thread.sleep(POLL.toMillis());
        }
    }

    /** A long plain-text story of quotes, figures, names and dates: plenty of claims for the engine to weigh. */
    private static String longStory(int length) {
        String[] people = {"Maria Lopez", "Tom Becker", "Aisha Khan", "Ivan Petrov", "Grace Okafor", "Lars Nilsson"};
        String[] places = {"Riverton", "Eastbrook", "Northfield", "Lakemont", "Westhaven", "Stonebridge"};
        String[] subjects = {"the new bridge", "school funding", "the flood defences", "bus fares", "the housing plan"};
        var random = new Random(42);
        var text = new StringBuilder("Crash story: a year of council decisions\n\n");
        while (text.length() < length) {
            var person = people[random.nextInt(people.length)];
            var place = places[random.nextInt(places.length)];
            var subject = subjects[random.nextInt(subjects.length)];
            var figure = 100 + random.nextInt(9_900);
            text.append(switch (random.nextInt(3)) {
                case 0 -> "\u201c" + figure + " families in " + place + " depend on " + subject + ",\u201d said " + person + " on Tuesday.";
                case 1 -> "The council spent " + figure + " million dollars on " + subject + " in " + (2015 + random.nextInt(9))
                        + ", according to figures released by " + person + ".";
                default -> person + " said that unemployment in " + place + " rose by " + (1 + random.nextInt(20)) + " percent last year.";
            }).append("\n\n");
        }
        return text.toString();
    }
}
