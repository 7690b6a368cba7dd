package org.factdesk.bulkimport.control;

import org.factdesk.bulkimport.boundary.ImportLimits;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.factdesk.shared.boundary.BusinessException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Archives are read in place, within the limits, whatever they claim about themselves. */
class ZipArchiveTest {

    @TempDir
    Path dir;

    @Test
    void listsStoryFilesInArchiveOrderAndSkipsFoldersAndDesktopClutter() throws IOException {
        var zip = zip("desk.zip", List.of("day1/", "day1/a.txt", "__MACOSX/day1/._a.txt", "day1/.DS_Store", "b.html", "notes.pdf"),
                "text");
        try (var archive = ZipArchive.open(zip, "desk.zip")) {
            var names = archive.files("desk.zip").stream().map(SourceFile::name).toList();
            assertEquals(List.of("day1/a.txt", "b.html", "notes.pdf"), names);
        }
    }

    @Test
    void readsAFileAndRefusesOtherTypesWithTheirReason() throws IOException {
        var zip = zip("mixed.zip", List.of("story.txt", "scan.pdf"), "The minister said so on Monday.");
        try (var archive = ZipArchive.open(zip, "mixed.zip")) {
            var files = archive.files("mixed.zip");
            assertArrayEquals("The minister said so on Monday.".getBytes(StandardCharsets.UTF_8), archive.read(files.get(0)));
            var refusal = assertThrows(BusinessException.class, () -> archive.read(files.get(1)));
            assertEquals("scan.pdf is not a .txt or .html file.", refusal.getMessage());
        }
    }

    @Test
    void aFileThatUnpacksBeyondTheDocumentLimitIsRefusedAsABomb() throws IOException {
        var zip = dir.resolve("bomb.zip");
        try (var out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("zeros.txt"));
            var block = new byte[1024 * 1024];
            for (var i = 0; i < 20; i++) {
                out.write(block);
            }
            out.closeEntry();
            incompressible(out, "wire.txt", 1024 * 1024);
        }
        try (var archive = ZipArchive.open(zip, "bomb.zip")) {
            var file = archive.files("bomb.zip").get(0);
            var refusal = assertThrows(BusinessException.class, () -> archive.read(file));
            assertTrue(refusal.getMessage().startsWith("zeros.txt is 20.0 MB; the limit is 5 MB"), refusal.getMessage());
        }
    }

    @Test
    void aSmallerFileCompressedFarBeyondAnyTextIsRefusedBeforeItIsInflated() throws IOException {
        var zip = dir.resolve("ratio.zip");
        try (var out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("padding.txt"));
            out.write(new byte[4 * 1024 * 1024]);
            out.closeEntry();
            incompressible(out, "wire.txt", 1024 * 1024);
        }
        try (var archive = ZipArchive.open(zip, "ratio.zip")) {
            var file = archive.files("ratio.zip").get(0);
            var refusal = assertThrows(BusinessException.class, () -> archive.read(file));
            assertTrue(refusal.getMessage().contains("possible decompression bomb"), refusal.getMessage());
        }
    }

    @Test
    void manyFilesEachJustBelowTheFileCheckAreRefusedAsOneBomb() throws IOException {
        var zip = dir.resolve("twenty.zip");
        try (var out = new ZipOutputStream(Files.newOutputStream(zip))) {
            for (var i = 0; i < 20; i++) {
                out.putNextEntry(new ZipEntry("part" + i + ".txt"));
                out.write(new byte[(int) ImportLimits.RATIO_CHECKED_FROM_BYTES - 1]);
                out.closeEntry();
            }
        }
        assertTrue(Files.size(zip) < 100 * 1024, "the archive is small: " + Files.size(zip));
        try (var archive = ZipArchive.open(zip, "twenty.zip")) {
            var refusal = assertThrows(BusinessException.class, () -> archive.files("twenty.zip"));
            assertTrue(refusal.getMessage().startsWith("twenty.zip unpacks to "), refusal.getMessage());
            assertTrue(refusal.getMessage().contains("possible decompression bomb"), refusal.getMessage());
        }
    }

    /** Text as wire copy compresses it: some times, never hundreds. Random letters compress less still. */
    private static void incompressible(ZipOutputStream out, String name, int bytes) throws IOException {
        var random = new java.util.Random(42);
        var text = new byte[bytes];
        for (var i = 0; i < bytes; i++) {
            text[i] = (byte) ('a' + random.nextInt(26));
        }
        out.putNextEntry(new ZipEntry(name));
        out.write(text);
        out.closeEntry();
    }

    @Test
    void somethingThatIsNotAZipIsRefusedByName() throws IOException {
        var fake = Files.writeString(dir.resolve("story.zip"), "plain text, not an archive");
        var refusal = assertThrows(BusinessException.class, () -> ZipArchive.open(fake, "story.zip"));
        assertEquals("story.zip is not a ZIP archive, or it is damaged.", refusal.getMessage());
    }

    @Test
    void anArchiveWithoutFilesIsRefused() throws IOException {
        var zip = zip("empty.zip", List.of("folder/", "__MACOSX/"), "");
        try (var archive = ZipArchive.open(zip, "empty.zip")) {
            var refusal = assertThrows(BusinessException.class, () -> archive.files("empty.zip"));
            assertEquals("empty.zip holds no files to import.", refusal.getMessage());
        }
    }

    @Test
    void anArchiveWithTooManyFilesIsRefusedWhole() throws IOException {
        var zip = dir.resolve("many.zip");
        try (var out = new ZipOutputStream(Files.newOutputStream(zip))) {
            for (var i = 0; i <= ImportLimits.MAX_FILES; i++) {
                out.putNextEntry(new ZipEntry("f" + i + ".txt"));
                out.closeEntry();
            }
        }
        try (var archive = ZipArchive.open(zip, "many.zip")) {
            var refusal = assertThrows(BusinessException.class, () -> archive.files("many.zip"));
            assertTrue(refusal.getMessage().startsWith("many.zip holds more than 5000 files"), refusal.getMessage());
        }
    }

    @Test
    void entryNamesThatClimbOutOfTheArchiveAreOnlyLabels() throws IOException {
        var zip = zip("slip.zip", List.of("../../etc/story.txt"), "Quoted text.");
        try (var archive = ZipArchive.open(zip, "slip.zip")) {
            var file = archive.files("slip.zip").get(0);
            assertEquals("../../etc/story.txt", file.name());
            assertArrayEquals("Quoted text.".getBytes(StandardCharsets.UTF_8), archive.read(file));
        }
        assertTrue(Files.notExists(dir.resolveSibling("etc")));
    }

    private Path zip(String name, List<String> entries, String content) throws IOException {
        var zip = dir.resolve(name);
        try (var out = new ZipOutputStream(Files.newOutputStream(zip))) {
            for (var entry : entries) {
                out.putNextEntry(new ZipEntry(entry));
                if (!entry.endsWith("/")) {
                    out.write(content.getBytes(StandardCharsets.UTF_8));
                }
                out.closeEntry();
            }
        }
        return zip;
    }
}
