package org.factdesk.analysis.evaluation;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A desk editor's answer key for one story folder ({@code key.tsv}, described in the folder's README), scored against
 * the JSON the {@code analyze} command prints for that folder. Each line of the key is one expectation, met or not;
 * nothing is weighted, so a story's figure is the share of its lines met.
 */
public final class StoryKey {

    /** One line of the key and whether the engine's output meets it. */
    public record Outcome(String kind, String line, boolean met, String detail) {
    }

    /** One line of the key, split at its tabs. */
    public record Line(int number, String kind, List<String> fields) {

        public String text() {
            return String.join(" | ", fields);
        }
    }

    private static final Set<String> HONORIFICS = Set.of("dr", "mr", "mrs", "ms", "prof", "sir");

    private final String story;
    private final List<Line> lines;
    private final Set<String> storyFiles;
    private final Map<String, Set<String>> copies = new HashMap<>();

    private StoryKey(String story, List<Line> lines) {
        this.story = story;
        this.lines = List.copyOf(lines);
        var files = new LinkedHashSet<String>();
        for (var line : lines) {
            if (line.kind().equals("story")) {
                files.addAll(List.of(line.fields().get(0).split(" ")));
            }
            if (line.kind().equals("duplicate")) {
                var a = line.fields().get(0);
                var b = line.fields().get(1);
                copies.computeIfAbsent(a, k -> new HashSet<>(Set.of(k))).add(b);
                copies.computeIfAbsent(b, k -> new HashSet<>(Set.of(k))).add(a);
            }
        }
        storyFiles = Set.copyOf(files);
    }

    public static StoryKey read(Path folder) {
        try {
            var lines = new ArrayList<Line>();
            var number = 0;
            for (var raw : Files.readAllLines(folder.resolve("key.tsv"), StandardCharsets.UTF_8)) {
                number++;
                if (raw.isBlank() || raw.startsWith("#")) {
                    continue;
                }
                var parts = raw.split("\t", -1);
                lines.add(new Line(number, parts[0], List.of(parts).subList(1, parts.length)));
            }
            return new StoryKey(folder.getFileName().toString(), lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String story() {
        return story;
    }

    public List<Line> lines() {
        return lines;
    }

    /** The files the key says report the event (not the unrelated story). */
    public Set<String> storyFiles() {
        return storyFiles;
    }

    public List<Outcome> score(JsonObject report) {
        var output = new Output(report);
        var outcomes = new ArrayList<Outcome>();
        for (var line : lines) {
            outcomes.add(score(line, output));
        }
        return outcomes;
    }

    private Outcome score(Line line, Output out) {
        var f = line.fields();
        return switch (line.kind()) {
            case "story" -> outcome(line, out.storiesOf(List.of(f.get(0).split(" "))).size() == 1,
                    "stories " + out.storiesOf(List.of(f.get(0).split(" "))));
            case "apart" -> {
                var own = out.storyOf(f.get(0));
                var joined = own.stream().filter(storyFiles::contains).toList();
                yield outcome(line, joined.isEmpty(), "joined to " + joined);
            }
            case "duplicate" -> outcome(line, out.duplicates.contains(Set.of(f.get(0), f.get(1))),
                    "duplicates " + out.duplicates);
            case "title" -> {
                var title = out.field(f.get(0), "title");
                yield outcome(line, title != null && plain(title).equals(plain(f.get(1))), "title " + title);
            }
            case "date" -> {
                var date = out.field(f.get(0), "date");
                yield outcome(line, f.get(1).equals(date), "date " + date);
            }
            case "byline" -> {
                var byline = out.field(f.get(0), "byline");
                yield outcome(line, byline != null && plain(byline).contains(plain(f.get(1))), "byline " + byline);
            }
            case "absent" -> outcome(line, !plain(out.field(f.get(0), "text")).contains(plain(f.get(1))), "kept");
            case "present" -> outcome(line, plain(out.field(f.get(0), "text")).contains(plain(f.get(1))), "cut");
            case "speaker" -> {
                var speakers = out.claims(f.get(0)).stream().filter(c -> contains(c.getString("text"), f.get(1)))
                        .map(c -> c.isNull("speaker") ? null : c.getString("speaker")).toList();
                yield outcome(line, speakers.stream().anyMatch(s -> s != null && sameName(s, f.get(2))),
                        speakers.isEmpty() ? "no claim" : "speakers " + speakers);
            }
            case "same" -> {
                var matches = matches(out, f.get(0), f.get(1), f.get(2), f.get(3));
                yield outcome(line, !matches.isEmpty(), "not matched");
            }
            case "agree" -> {
                var matches = matches(out, f.get(0), f.get(1), f.get(2), f.get(3));
                var conflicts = matches.stream().flatMap(m -> m.getJsonArray("conflicts").stream()).toList();
                yield outcome(line, !matches.isEmpty() && conflicts.isEmpty(),
                        matches.isEmpty() ? "not matched" : "conflicts " + conflicts);
            }
            case "conflict" -> {
                var matches = matches(out, f.get(1), f.get(2), f.get(3), f.get(4));
                var kinds = Set.of(f.get(0).split("\\|"));
                var found = matches.stream().flatMap(m -> m.getJsonArray("conflicts").stream())
                        .map(JsonValue::asJsonObject).toList();
                var met = found.stream().anyMatch(c -> kinds.contains(c.getString("kind"))
                        && values(c, f.get(5), f.get(6)));
                yield outcome(line, met, matches.isEmpty() ? "not matched" : "conflicts " + found);
            }
            case "no-false-conflicts" -> {
                var unexpected = new ArrayList<String>();
                for (var match : out.matches) {
                    var claims = match.getJsonArray("claims");
                    var a = claims.getJsonObject(0);
                    var b = claims.getJsonObject(1);
                    if (!storyFiles.contains(a.getString("file")) || !storyFiles.contains(b.getString("file"))) {
                        continue;
                    }
                    for (var conflict : match.getJsonArray("conflicts").getValuesAs(JsonObject.class)) {
                        if (!expected(conflict)) {
                            unexpected.add(conflict.getString("kind") + " " + conflict.getJsonArray("values") + " "
                                    + a.getString("file") + " / " + b.getString("file"));
                        }
                    }
                }
                yield outcome(line, unexpected.isEmpty(), "unexpected " + unexpected);
            }
            default -> throw new IllegalArgumentException(story + " key line " + line.number() + ": unknown kind "
                    + line.kind());
        };
    }

    /**
     * A conflict the key plants: the same kind and the same two values, between whichever two claims carry them. The
     * key names one pair of copies per disagreement, but every other copy that repeats one of the values disagrees
     * with the other just as much.
     */
    private boolean expected(JsonObject conflict) {
        for (var line : lines) {
            if (line.kind().equals("conflict") && Set.of(line.fields().get(0).split("\\|")).contains(conflict.getString("kind"))
                    && values(conflict, line.fields().get(5), line.fields().get(6))) {
                return true;
            }
        }
        return false;
    }

    private static Outcome outcome(Line line, boolean met, String detail) {
        return new Outcome(line.kind(), line.text(), met, met ? "" : detail);
    }

    private List<JsonObject> matches(Output out, String fileA, String fragmentA, String fileB, String fragmentB) {
        var found = new ArrayList<JsonObject>();
        for (var match : out.matches) {
            var claims = match.getJsonArray("claims");
            if (pair(claims.getJsonObject(0), claims.getJsonObject(1), fileA, fragmentA, fileB, fragmentB)) {
                found.add(match);
            }
        }
        return found;
    }

    private boolean pair(JsonObject a, JsonObject b, String fileA, String fragmentA, String fileB, String fragmentB) {
        return side(a, fileA, fragmentA) && side(b, fileB, fragmentB)
                || side(b, fileA, fragmentA) && side(a, fileB, fragmentB);
    }

    /** A file and its near-duplicate stand for each other: copies are not matched claim by claim. */
    private boolean side(JsonObject claim, String file, String fragment) {
        var actual = claim.getString("file");
        return (actual.equals(file) || copies.getOrDefault(file, Set.of()).contains(actual))
                && contains(claim.getString("text"), fragment);
    }

    private static boolean values(JsonObject conflict, String expectedA, String expectedB) {
        return valuesLike(conflict.getJsonArray("values").getValuesAs(JsonString::getString), expectedA, expectedB);
    }

    /** The two values shown contain the two expected ones (or one of their spellings), in either order. */
    static boolean valuesLike(List<String> values, String expectedA, String expectedB) {
        if (values.size() != 2) {
            return false;
        }
        return like(values.get(0), expectedA) && like(values.get(1), expectedB)
                || like(values.get(1), expectedA) && like(values.get(0), expectedB);
    }

    /** The value as the engine shows it contains the expected one, or one of its spellings ("Fourteen|14"). */
    private static boolean like(String value, String expected) {
        var a = plain(value);
        for (var spelling : expected.split("\\|")) {
            var b = plain(spelling);
            if (!a.isEmpty() && !b.isEmpty() && (a.contains(b) || b.contains(a))) {
                return true;
            }
        }
        return false;
    }

    static boolean contains(String text, String fragment) {
        return plain(text).contains(plain(fragment));
    }

    /** Names agree in any case, with or without accents, hyphens or a title ("Dr Siobhan Kearney"). */
    static boolean sameName(String actual, String expected) {
        return person(actual).equals(person(expected));
    }

    private static String person(String name) {
        var words = new ArrayList<String>();
        for (var word : withoutAccents(name).toLowerCase(Locale.ROOT).split("[\\s.-]+")) {
            if (!word.isEmpty() && !HONORIFICS.contains(word)) {
                words.add(word);
            }
        }
        return String.join(" ", words);
    }

    /** Lower case, plain quotes and dashes, single spaces. */
    static String plain(String text) {
        if (text == null) {
            return "";
        }
        return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                .replaceAll("[\u2018\u2019\u201a\u201b\u2032]", "'").replaceAll("[\u201c\u201d\u201e\u201f\u00ab\u00bb]", "\"")
                .replaceAll("[\u2010-\u2015\u2212]", "-").replaceAll("\\s+", " ").strip();
    }

    private static String withoutAccents(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }

    /** The parts of the analyze JSON the key reads. */
    private static final class Output {

        final Map<String, JsonObject> articles = new HashMap<>();
        final List<List<String>> stories = new ArrayList<>();
        final Set<Set<String>> duplicates = new HashSet<>();
        final List<JsonObject> matches;

        Output(JsonObject report) {
            for (var article : report.getJsonArray("articles").getValuesAs(JsonObject.class)) {
                articles.put(article.getString("file"), article);
            }
            for (var story : report.getJsonArray("stories").getValuesAs(JsonArray.class)) {
                stories.add(story.getValuesAs(JsonString::getString));
            }
            for (var pair : report.getJsonArray("duplicates").getValuesAs(JsonArray.class)) {
                duplicates.add(Set.copyOf(pair.getValuesAs(JsonString::getString)));
            }
            matches = report.getJsonArray("matches").getValuesAs(JsonObject.class);
        }

        String field(String file, String name) {
            var article = article(file);
            return article.isNull(name) ? null : article.getString(name);
        }

        List<JsonObject> claims(String file) {
            return article(file).getJsonArray("claims").getValuesAs(JsonObject.class);
        }

        private JsonObject article(String file) {
            var article = articles.get(file);
            if (article == null) {
                throw new IllegalArgumentException("No article " + file + " in the report");
            }
            return article;
        }

        List<String> storyOf(String file) {
            return stories.stream().filter(s -> s.contains(file)).findFirst().orElse(List.of());
        }

        Set<List<String>> storiesOf(List<String> files) {
            var found = new LinkedHashSet<List<String>>();
            files.forEach(file -> found.add(storyOf(file)));
            return found;
        }
    }
}
