package org.factdesk.analysis.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line on the five seed copies, read back with a real JSON parser. */
class AnalyzeFolderTest {

    private static final List<String> SEEDS = List.of("000_bf663e8572b57d44.txt", "001_199e5ac08dbcf22c.txt",
            "002_12d57e7f6210e6f8.txt", "003_1b585e5154195667.txt", "004_6b55d9e8d47e983b.txt");

    @Test
    void seedsFormOneStoryWithTheirDuplicateAndThePlaceConflict(@TempDir Path folder) throws IOException {
        for (var seed : SEEDS) {
            try (var in = getClass().getResourceAsStream("/org/factdesk/demo/seeds/" + seed)) {
                Files.write(folder.resolve(seed), in.readAllBytes());
            }
        }
        Files.writeString(folder.resolve("notes.md"), "not an article");
        var json = parse(AnalyzeFolder.analyze(folder));

        assertEquals(SEEDS, json.getJsonArray("articles").stream()
                .map(a -> a.asJsonObject().getString("file")).toList());
        assertEquals(List.of(List.of(SEEDS.get(0), SEEDS.get(1))), strings(json, "duplicates"));
        assertEquals(List.of(SEEDS), strings(json, "stories"));
        var placeConflict = json.getJsonArray("matches").stream().map(m -> m.asJsonObject())
                .filter(m -> m.getBoolean("conflict"))
                .map(m -> m.getJsonArray("values").getValuesAs(JsonString::getString))
                .anyMatch(values -> values.contains("Vladivostok")
                        && values.stream().anyMatch(v -> v.startsWith("Vostochny")));
        assertTrue(placeConflict, json.getJsonArray("matches").toString());
        var claim = json.getJsonArray("articles").getJsonObject(0).getJsonArray("claims").getJsonObject(1);
        assertEquals("Kim Jong Un", claim.getString("speaker"));
        assertEquals("PERSON", claim.getString("speakerKind"));
        assertTrue(claim.getJsonNumber("score").doubleValue() > 0 && !claim.getJsonArray("reasons").isEmpty());
        for (var value : claim.getJsonArray("reasons")) {
            var reason = value.asJsonObject();
            assertTrue(reason.getString("code").startsWith("worthiness."), reason.toString());
            assertTrue(reason.getJsonNumber("weight").doubleValue() != 0, reason.toString());
            assertTrue(!reason.getString("text").isBlank() && !reason.getString("text").contains("worthiness."),
                    reason.toString());
            assertTrue(reason.getJsonArray("arguments").stream().allMatch(a -> a instanceof JsonString), reason.toString());
        }
    }

    @Test
    void eachWarningHasItsEnglishTextAndItsCode(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("a-empty.txt"), "");
        Files.writeString(folder.resolve("b-control.txt"), "The minister\u0000 said on\u0007 Friday that exports rose"
                + " 5 percent in 2023, more than the year before.");
        var articles = parse(AnalyzeFolder.analyze(folder)).getJsonArray("articles");

        assertEquals(List.of(List.of("No article text found after cleaning", "engine.noText")), warnings(articles, 0));
        assertEquals(List.of(List.of("Removed 2 control or invalid characters", "engine.controlCharacters")),
                warnings(articles, 1));
    }

    @Test
    void escapesWhatJsonCannotHoldAsIs() {
        var json = new JsonWriter().beginObject().name("text").value("a \"quote\"\n\ttab \\ \u0001 “curly”")
                .name("none").value((String) null).endObject().json();
        assertEquals("a \"quote\"\n\ttab \\ \u0001 “curly”", parse(json).getString("text"));
        assertTrue(parse(json).isNull("none"));
    }

    private static JsonObject parse(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }

    private static List<List<String>> warnings(JsonArray articles, int index) {
        return articles.getJsonObject(index).getJsonArray("warnings").stream().map(JsonValue::asJsonObject)
                .map(warning -> List.of(warning.getString("text"), warning.getString("code"))).toList();
    }

    private static List<List<String>> strings(JsonObject json, String name) {
        return json.getJsonArray(name).stream()
                .map(group -> group.asJsonArray().getValuesAs(JsonString::getString)).toList();
    }
}
