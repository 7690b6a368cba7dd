package org.factdesk.web.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Every page text comes from the bundles, and every language has every text. */
class MessageBundlesTest {

    private static final Path BUNDLES = Path.of("src/main/resources/org/factdesk/web");
    private static final Pattern KEY_IN_PAGE = Pattern.compile("msg\\['([a-zA-Z0-9_.]+)'\\]");

    @Test
    void germanHasExactlyTheEnglishKeys() throws IOException {
        var english = load("messages.properties").stringPropertyNames();
        var german = load("messages_de.properties").stringPropertyNames();
        assertEquals(new TreeSet<>(english), new TreeSet<>(german));
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

    private static java.util.List<String> keysIn(Path page) {
        try {
            var matcher = KEY_IN_PAGE.matcher(Files.readString(page));
            var keys = new java.util.ArrayList<String>();
            while (matcher.find()) {
                keys.add(matcher.group(1));
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
