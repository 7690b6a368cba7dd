package org.factdesk.web.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Every page text comes from the bundles, and every language has every text. */
class MessageBundlesTest {

    private static final Path BUNDLES = Path.of("src/main/resources/org/factdesk/web");
    private static final Pattern KEY_IN_PAGE = Pattern.compile("msg\\['([a-zA-Z0-9_.]+)'\\]");
    /** Keys Java code passes to OmniFaces' Messages, to BundleMessages, or to the API's refusals. */
    private static final Pattern KEY_IN_JAVA = Pattern.compile(
            "Messages\\.add\\w*\\(\\s*\"([a-zA-Z0-9_.]*[a-zA-Z0-9_])\""
                    + "|BundleMessages\\.text\\(\\s*(?:locale,\\s*)?\"([a-zA-Z0-9_.]*[a-zA-Z0-9_])\""
                    + "|new ApiRefusal\\([^,]+,\\s*\"([a-zA-Z0-9_.]*[a-zA-Z0-9_])\""
                    + "|headers,\\s*\"([a-zA-Z0-9_.]*[a-zA-Z0-9_])\"");

    @Test
    void everyTranslationHasExactlyTheEnglishKeys() throws IOException {
        var english = load("messages.properties").stringPropertyNames();
        try (var files = Files.list(BUNDLES)) {
            var translations = files.map(p -> p.getFileName().toString())
                    .filter(n -> n.matches("messages_[a-zA-Z_]+\\.properties")).sorted().toList();
            assertTrue(translations.contains("messages_de.properties"), translations.toString());
            for (var translation : translations) {
                assertEquals(new TreeSet<>(english), new TreeSet<>(load(translation).stringPropertyNames()), translation);
            }
        }
    }

    @Test
    void everyKeyAPageUsesExists() throws IOException {
        var english = load("messages.properties").stringPropertyNames();
        try (var pages = Files.walk(Path.of("src/main/webapp"))) {
            var missing = pages.filter(p -> p.toString().endsWith(".xhtml"))
                    .flatMap(p -> keysIn(p).stream().map(k -> p.getFileName() + ": " + k))
                    .filter(entry -> !english.contains(entry.substring(entry.indexOf(": ") + 2)))
                    .collect(Collectors.toCollection(TreeSet::new));
            assertTrue(missing.isEmpty(), "keys missing from messages.properties: " + missing);
        }
    }

    @Test
    void everyKeyTheJavaCodeUsesExists() throws IOException {
        var english = load("messages.properties").stringPropertyNames();
        try (var sources = Files.walk(Path.of("src/main/java"))) {
            var missing = sources.filter(p -> p.toString().endsWith(".java"))
                    .flatMap(p -> keysIn(p, KEY_IN_JAVA).stream().map(k -> p.getFileName() + ": " + k))
                    .filter(entry -> !english.contains(entry.substring(entry.indexOf(": ") + 2)))
                    .collect(Collectors.toCollection(TreeSet::new));
            assertTrue(missing.isEmpty(), "keys missing from messages.properties: " + missing);
        }
    }

    /** "1 results" or "3 document(s)" reads as a machine: a count in a text takes the word's own singular or plural. */
    @Test
    void countsReadAsWordsInEveryLanguage() throws IOException {
        var parenthesisedPlural = Pattern.compile("\\w\\((s|e|n|en|er)\\)");
        try (var files = Files.list(BUNDLES)) {
            for (var file : files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("messages")).toList()) {
                var bundle = load(file);
                var machine = bundle.stringPropertyNames().stream()
                        .filter(key -> parenthesisedPlural.matcher(bundle.getProperty(key)).find())
                        .collect(Collectors.toCollection(TreeSet::new));
                assertTrue(machine.isEmpty(), file + ": counts written with a parenthesised plural: " + machine);
            }
        }
        assertEquals("1 result", BundleMessages.text(Locale.ENGLISH, "search.total", 1));
        assertEquals("12 results", BundleMessages.text(Locale.ENGLISH, "search.total", 12));
        assertEquals("1 document ingested.", BundleMessages.text(Locale.ENGLISH, "ingest.done", 1));
        assertEquals("3 Dokumente eingelesen.", BundleMessages.text(Locale.GERMAN, "ingest.done", 3));
        assertEquals("1 Aussage an Ana zugewiesen.", BundleMessages.text(Locale.GERMAN, "assign.done", 1, "Ana"));
    }

    private static java.util.List<String> keysIn(Path page) {
        return keysIn(page, KEY_IN_PAGE);
    }

    private static java.util.List<String> keysIn(Path file, Pattern pattern) {
        try {
            var matcher = pattern.matcher(Files.readString(file));
            var keys = new java.util.ArrayList<String>();
            while (matcher.find()) {
                for (var group = 1; group <= matcher.groupCount(); group++) {
                    if (matcher.group(group) != null) {
                        keys.add(matcher.group(group));
                    }
                }
            }
            return keys;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Properties load(String file) throws IOException {
        var properties = new Properties();
        try (var reader = new InputStreamReader(Files.newInputStream(BUNDLES.resolve(file)), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
