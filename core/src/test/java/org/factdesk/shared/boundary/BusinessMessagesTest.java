package org.factdesk.shared.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.factdesk.article.entity.ArticleState;
import org.factdesk.bulkimport.entity.ImportState;
import org.factdesk.claim.entity.ClaimState;
import org.factdesk.review.entity.ReviewState;
import org.factdesk.review.entity.Verdict;
import org.junit.jupiter.api.Test;

/** Every refusal the core gives exists in English and German, and reads right in both. */
class BusinessMessagesTest {

    private static final Path BUNDLES = Path.of("src/main/resources/org/factdesk");
    private static final Path CODE = Path.of("src/main/java");
    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");
    /**
     * A message key as the code names it: first argument of a business exception, of a stored message, of an
     * engine warning or of a check-worthiness reason.
     */
    private static final Pattern KEY_IN_CODE = Pattern.compile(
            "new (?:AlreadyStoredException|BusinessException|IllegalTransitionException|ConcurrentEditException|StaleVersionException|NotFoundException|AccessRefusedException|TooLargeException)\\(\\s*\"([^\"]+)\""
                    + "|(?:DeskMessage|EngineWarning|ScoreReason)\\.of\\(\\s*\"([^\"]+)\"");
    /** A message key a migration writes into stored rows, such as the key of warnings stored before keys were. */
    private static final Pattern KEY_IN_MIGRATION = Pattern.compile("'([a-z]+\\.[a-zA-Z]+)'");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)");
    /** Enums whose constants are written as words: states inside sentences, and the rating scale's labels. */
    private static final List<Class<? extends Enum<?>>> WORDS =
            List.of(ArticleState.class, ClaimState.class, ReviewState.class, ImportState.class, Verdict.class);

    @Test
    void everyTranslationHasExactlyTheEnglishKeys() {
        var translations = translations();
        assertTrue(translations.contains("messages_de.properties"), translations.toString());
        for (var translation : translations) {
            assertEquals(new TreeSet<>(english().stringPropertyNames()), new TreeSet<>(load(translation).stringPropertyNames()),
                    translation);
        }
    }

    @Test
    void everyKeyTheCodeUsesExists() {
        var known = english().stringPropertyNames();
        var missing = keysInCode().stream().filter(k -> !known.contains(k)).collect(Collectors.toCollection(TreeSet::new));
        assertTrue(missing.isEmpty(), "keys missing from messages.properties: " + missing);
    }

    @Test
    void everyMessageInTheBundleIsUsed() {
        var used = keysInCode();
        var unused = english().stringPropertyNames().stream()
                .filter(k -> !Character.isUpperCase(k.charAt(0)) && !used.contains(k))
                .collect(Collectors.toCollection(TreeSet::new));
        assertTrue(unused.isEmpty(), "messages no code gives: " + unused);
    }

    @Test
    void everyStateAndVerdictHasItsWord() {
        var english = english();
        for (var type : WORDS) {
            for (var constant : type.getEnumConstants()) {
                var key = type.getSimpleName() + "." + constant.name();
                assertTrue(english.containsKey(key), "no word for " + key);
            }
        }
    }

    @Test
    void translationsFillTheSamePlaceholdersAndParse() {
        var english = english();
        for (var translation : translations()) {
            var translated = load(translation);
            for (var key : english.stringPropertyNames()) {
                var en = english.getProperty(key);
                var other = translated.getProperty(key);
                new MessageFormat(en.replace("'", "''"), Locale.ENGLISH);
                new MessageFormat(other.replace("'", "''"), Locale.ROOT);
                assertEquals(placeholders(en), placeholders(other), translation + ": " + key);
            }
        }
    }

    @Test
    void aRefusalSpeaksEnglishByDefaultAndGermanToGermanReaders() {
        var refusal = new BusinessException("review.verdictMissing");
        assertEquals("Choose a verdict before submitting.", refusal.getMessage());
        assertEquals("Wählen Sie vor dem Einreichen ein Urteil.", refusal.getMessage(Locale.GERMAN));
        assertEquals("Wählen Sie vor dem Einreichen ein Urteil.", refusal.getMessage(Locale.forLanguageTag("de-AT")));
    }

    @Test
    void statesAreWrittenAsWordsOfTheReadersLanguage() {
        var refusal = new IllegalTransitionException("review.cannotBecome", ReviewState.DRAFT, ReviewState.APPROVED);
        assertEquals("This review is draft and cannot become approved.", refusal.getMessage());
        assertEquals("Diese Prüfung hat den Status „Entwurf“ und kann nicht zu „Freigegeben“ wechseln.",
                refusal.getMessage(Locale.GERMAN));
    }

    @Test
    void countsAreNotGroupedButFractionsFollowTheLanguage() {
        var refusal = new BusinessException("ingest.tooLarge", "huge.html", 6.94, "5 MB");
        assertEquals("huge.html is 6.9 MB; the limit is 5 MB per document.", refusal.getMessage());
        assertEquals("huge.html ist 6,9 MB groß; die Grenze liegt bei 5 MB je Dokument.", refusal.getMessage(Locale.GERMAN));
        assertEquals("many.zip holds more than 5000 files; split it into smaller archives.",
                new BusinessException("import.tooManyFilesInArchive", "many.zip", 5000).getMessage());
        assertEquals("Version 12345 of this review does not exist or is not yours to see.",
                new BusinessException("history.versionUnavailable", "12345").getMessage());
        assertEquals("Article 12345 does not exist.", new NotFoundException("article.notFound", 12345L).getMessage());
    }

    @Test
    void apostrophesAndQuotesInTheBundleStayAsWritten() {
        var refusal = new BusinessException("import.archiveTooLarge", "2 GB");
        assertEquals("The archive is larger than 2 GB; put it into the server's import folder instead, or split it.",
                refusal.getMessage());
        assertEquals("\"ftp://x\" is not a web address (it must start with http:// or https://).",
                new BusinessException("evidence.notWebAddress", "ftp://x").getMessage());
    }

    @Test
    void aLanguageFactdeskDoesNotSpeakGetsEnglishWhateverTheServerSpeaks() {
        var before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMAN);
            assertEquals("Choose a verdict before submitting.", new BusinessException("review.verdictMissing").getMessage(Locale.FRENCH));
            assertEquals("Choose a verdict before submitting.", new BusinessException("review.verdictMissing").getMessage());
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void aStoredMessageReadsLaterInAnyLanguage() {
        var summary = DeskMessage.of("import.storedDuplicate", "Council votes", 1, "Council vote", 93L);
        var stored = DeskMessage.stored(summary.key(), summary.argumentsJson());
        assertEquals("Council votes \u00b7 1 claim \u00b7 near-duplicate of \"Council vote\" (93% similar)", stored.in(Locale.ENGLISH));
        assertEquals("Council votes \u00b7 1 Aussage \u00b7 Beinahe-Duplikat von „Council vote“ (93 % ähnlich)", stored.in(Locale.GERMAN));
        var refusal = new BusinessException("ingest.tooLarge", "big.txt", 7.25, "5 MB");
        assertEquals(refusal.getMessage(Locale.GERMAN), DeskMessage.stored(refusal.getKey(),
                DeskMessage.of(refusal).argumentsJson()).in(Locale.GERMAN));
    }

    private static Set<String> keysInCode() {
        try (Stream<Path> files = Files.walk(CODE); Stream<Path> migrations = Files.list(MIGRATIONS)) {
            var keys = files.filter(p -> p.toString().endsWith(".java")).flatMap(p -> keysIn(p, KEY_IN_CODE).stream())
                    .collect(Collectors.toCollection(TreeSet::new));
            migrations.filter(p -> p.toString().endsWith(".sql")).forEach(p -> keys.addAll(keysIn(p, KEY_IN_MIGRATION)));
            return keys;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> keysIn(Path source, Pattern pattern) {
        try {
            var matcher = pattern.matcher(Files.readString(source));
            var keys = new ArrayList<String>();
            while (matcher.find()) {
                for (var group = 1; group <= matcher.groupCount(); group++) {
                    if (matcher.group(group) != null) {
                        keys.add(matcher.group(group));
                    }
                }
            }
            return keys;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The bundles beside the English one: messages_de.properties, and any language added later. */
    private static List<String> translations() {
        try (Stream<Path> files = Files.list(BUNDLES)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.matches("messages_[a-zA-Z_]+\\.properties"))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<String> placeholders(String pattern) {
        var matcher = PLACEHOLDER.matcher(pattern);
        var found = new TreeSet<String>();
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    private static Properties english() {
        return load("messages.properties");
    }

    private static Properties load(String file) {
        var properties = new Properties();
        try (var reader = new InputStreamReader(Files.newInputStream(BUNDLES.resolve(file)), StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
