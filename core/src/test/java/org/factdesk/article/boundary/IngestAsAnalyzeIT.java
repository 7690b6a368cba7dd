package org.factdesk.article.boundary;

import static org.factdesk.testsupport.Calls.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.File;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.factdesk.analysis.boundary.AnalyzeFolder;
import org.factdesk.claim.boundary.ClaimService;
import org.factdesk.testsupport.Deployments;
import org.factdesk.testsupport.FiledStories;
import org.factdesk.testsupport.Fixtures;
import org.factdesk.testsupport.StaffIdentities;
import org.factdesk.user.entity.Role;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * One pipeline: the story folders written for testing, ingested file by file on a real server, are filed exactly as
 * the {@code analyze} command files them, with the same stories, the same copies, the same matches and every
 * conflict with the same values and sentences; and the claim page shows each conflict of a match.
 */
@ExtendWith(ArquillianExtension.class)
class IngestAsAnalyzeIT {

    private static final String STORIES = "org/factdesk/analysis/stories";
    private static final String INDEX = "it-stories/index.txt";

    @Deployment
    static WebArchive deployment() throws URISyntaxException {
        var war = Deployments.core();
        var root = new File(Objects.requireNonNull(IngestAsAnalyzeIT.class.getClassLoader().getResource(STORIES)).toURI());
        var names = new ArrayList<String>();
        for (var folder : Objects.requireNonNull(root.listFiles(File::isDirectory))) {
            for (var file : Objects.requireNonNull(folder.listFiles((dir, name) -> name.endsWith(".txt") || name.endsWith(".html")))) {
                var name = folder.getName() + "--" + file.getName();
                names.add(name);
                war.addAsResource(file, "it-stories/" + name);
            }
        }
        names.sort(null);
        return war.addAsResource(new StringAsset(String.join("\n", names)), INDEX);
    }

    @Inject
    Fixtures fixtures;

    @Inject
    StaffIdentities identities;

    @Inject
    ArticleService articles;

    @Inject
    ClaimService claims;

    @Inject
    FiledStories filed;

    @Test
    void ingestFilesEveryStoryFolderAsTheAnalyzeCommandDoes() throws IOException {
        var names = new ArrayList<>(List.of(resource(INDEX).split("\n")));
        var folder = Files.createTempDirectory("it-stories");
        for (var name : names) {
            Files.write(folder.resolve(name), resource("it-stories/" + name).getBytes(StandardCharsets.UTF_8));
        }
        var generated = twoCopiesThatDisagreeTwice();
        for (var copy : generated.entrySet()) {
            Files.writeString(folder.resolve(copy.getKey()), copy.getValue());
            names.add(copy.getKey());
        }
        var report = parse(AnalyzeFolder.analyze(folder));

        var journalist = identities.of(fixtures.user("pipeline", Role.JOURNALIST), Role.JOURNALIST);
        var ids = new ArrayList<Long>();
        var fileOf = new HashMap<Long, String>();
        for (var name : names) {
            var content = Files.readAllBytes(folder.resolve(name));
            var result = as(journalist, () -> articles.ingest(new IngestRequest("IT " + Fixtures.unique(), null, name, content)));
            ids.add(result.articleId());
            fileOf.put(result.articleId(), name);
        }

        var stored = filed.articles(ids);
        var byStory = new LinkedHashMap<Long, Set<String>>();
        var duplicates = new HashSet<List<String>>();
        for (var article : stored) {
            byStory.computeIfAbsent(article.story(), s -> new HashSet<>()).add(fileOf.get(article.article()));
            if (article.duplicateOf() != null) {
                duplicates.add(List.of(fileOf.get(article.duplicateOf()), fileOf.get(article.article())));
            }
        }
        assertEquals(Set.copyOf(strings(report, "stories").stream().map(Set::copyOf).toList()), Set.copyOf(byStory.values()));
        assertEquals(Set.copyOf(strings(report, "duplicates")), duplicates);
        assertFalse(duplicates.isEmpty(), "the republished wire copies are copies on the server too");

        var expected = new ArrayList<String>();
        for (var match : report.getJsonArray("matches").getValuesAs(JsonObject.class)) {
            var pair = match.getJsonArray("claims");
            var conflicts = new ArrayList<List<String>>();
            for (var conflict : match.getJsonArray("conflicts").getValuesAs(JsonObject.class)) {
                var values = conflict.getJsonArray("values").getValuesAs(JsonString::getString);
                var sentences = conflict.getJsonArray("sentences").getValuesAs(JsonString::getString);
                conflicts.add(List.of(conflict.getString("kind"), values.get(0), values.get(1), sentences.get(0),
                        sentences.get(1)));
            }
            expected.add(line(pair.getJsonObject(0).getString("file"), pair.getJsonObject(0).getString("text"),
                    pair.getJsonObject(1).getString("file"), pair.getJsonObject(1).getString("text"),
                    match.getJsonNumber("similarity").doubleValue(), conflicts));
        }
        var actual = new ArrayList<String>();
        for (var match : filed.matches(ids)) {
            // stored from the side of the claim filed second; the command lists the earlier claim first
            var conflicts = match.conflicts().stream()
                    .map(c -> Arrays.asList(c.get(0), c.get(2), c.get(1), c.get(4), c.get(3))).toList();
            actual.add(line(fileOf.get(match.otherArticle()), match.otherText(), fileOf.get(match.article()),
                    match.text(), match.similarity(), conflicts));
        }
        expected.sort(null);
        actual.sort(null);
        assertEquals(expected, actual);
        assertTrue(actual.stream().anyMatch(m -> m.contains("NUMBER")), "some copies disagree on a figure");

        var several = filed.matches(ids).stream().filter(m -> m.conflicts().size() > 1).findFirst();
        assertTrue(several.isPresent(), "one pair of claims disagrees on more than one value");
        var match = several.get();
        var claimId = fixtures.claimIds(match.article()).stream()
                .filter(id -> fixtures.claim(id).getText().equals(match.text())).findFirst().orElseThrow();
        var variant = as(journalist, () -> claims.get(claimId)).variants().stream()
                .filter(v -> v.text().equals(match.otherText())).findFirst().orElseThrow();
        assertEquals(match.conflicts().stream().map(c -> List.of(c.get(0), c.get(1), c.get(2))).toList(),
                variant.conflicts().stream().map(c -> List.of(c.kind().name(), c.thisValue(), c.otherValue())).toList());
        assertTrue(variant.conflicts().stream().allMatch(c -> c.thisSentence() != null && c.otherSentence() != null));
    }

    /** One statement in two outlets' words, a count and a day apart, under made-up names nobody else uses. */
    private static Map<String, String> twoCopiesThatDisagreeTwice() {
        var ship = Fixtures.uniqueName();
        var port = Fixtures.uniqueName();
        var officer = "Anna " + Fixtures.uniqueName();
        var copies = new LinkedHashMap<String, String>();
        copies.put("zz-pair--a.txt", "Ferry fire off " + port + ": crew praised\n\nThe ferry " + ship + " carried 212"
                + " passengers and 31 crew when the fire broke out on Friday in " + port + ", coastguard officer "
                + officer + " said.\n\n\"Everyone was calm and the crew knew exactly what to do,\" said one passenger,"
                + " a teacher from the capital.\n\nFirefighters from the port brought the blaze under control within"
                + " two hours, and the ship was towed to the harbour.\n");
        copies.put("zz-pair--b.txt", "Passengers safe after fire on the " + ship + "\n\nThe ferry " + ship
                + " carried 221 passengers and 31 crew when the fire broke out on Thursday in " + port
                + ", coastguard officer " + officer + " said.\n\nAn investigation into the cause has begun, and the"
                + " operator said it would refund every ticket.\n\nThe ship's sister vessel will stay in port until"
                + " inspectors have been aboard, the ministry said.\n");
        return copies;
    }

    private static String line(String file, String text, String otherFile, String otherText, double similarity,
                               List<? extends List<String>> conflicts) {
        return file + " | " + text + " || " + otherFile + " | " + otherText + " || "
                + String.format(Locale.ROOT, "%.3f", similarity) + " || " + conflicts;
    }

    private String resource(String name) {
        try (var in = getClass().getClassLoader().getResourceAsStream(name)) {
            return new String(Objects.requireNonNull(in, name).readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonObject parse(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }

    private static List<List<String>> strings(JsonObject json, String name) {
        return json.getJsonArray(name).stream()
                .map(group -> group.asJsonArray().getValuesAs(JsonString::getString)).toList();
    }
}
