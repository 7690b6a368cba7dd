package org.factdesk.bulkimport.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.factdesk.shared.boundary.BusinessException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Only folders strictly below the import root can be imported, however the name is written. */
class ImportFolderTest {

    @TempDir
    Path dir;

    private Path root;

    @BeforeEach
    void setUp() throws IOException {
        root = Files.createDirectories(dir.resolve("data/import")).toRealPath();
        Files.createDirectories(dir.resolve("data/secrets"));
        Files.writeString(dir.resolve("data/secrets/key.txt"), "not for the desk");
    }

    @Test
    void aFolderBelowTheRootIsListedSortedWithoutHiddenFiles() throws IOException {
        var folder = Files.createDirectories(root.resolve("wire/monday"));
        Files.writeString(folder.resolve("b.txt"), "b");
        Files.writeString(folder.resolve("a.html"), "a");
        Files.writeString(folder.resolve(".hidden.txt"), "h");
        Files.createDirectories(folder.resolve("late"));
        Files.writeString(folder.resolve("late/c.txt"), "c");

        var resolved = ImportFolder.resolve(root, "wire/monday");
        var names = ImportFolder.files(resolved, "wire/monday").stream().map(SourceFile::name).toList();
        assertEquals(List.of("a.html", "b.txt", "late/c.txt"), names);
    }

    @Test
    void pathsLeadingOutOfTheRootAreRefused() {
        for (var name : List.of("../secrets", "wire/../../secrets", dir.resolve("data/secrets").toString(), "/etc", "..")) {
            var refusal = assertThrows(BusinessException.class, () -> ImportFolder.resolve(root, name), name);
            assertTrue(refusal.getMessage().contains("is not inside the import folder"), refusal.getMessage());
        }
    }

    @Test
    void theRootItselfAndMissingFoldersAreRefused() {
        assertThrows(BusinessException.class, () -> ImportFolder.resolve(root, "."));
        assertThrows(BusinessException.class, () -> ImportFolder.resolve(root, " "));
        var missing = assertThrows(BusinessException.class, () -> ImportFolder.resolve(root, "nowhere"));
        assertTrue(missing.getMessage().startsWith("There is no folder \"nowhere\""), missing.getMessage());
    }

    @Test
    void aSymbolicLinkOutOfTheRootIsRefusedAndLinkedFilesAreNotListed() throws IOException {
        Files.createSymbolicLink(root.resolve("escape"), dir.resolve("data/secrets"));
        var refusal = assertThrows(BusinessException.class, () -> ImportFolder.resolve(root, "escape"));
        assertTrue(refusal.getMessage().contains("is not inside the import folder"), refusal.getMessage());

        var folder = Files.createDirectories(root.resolve("mixed"));
        Files.writeString(folder.resolve("real.txt"), "real");
        Files.createSymbolicLink(folder.resolve("key.txt"), dir.resolve("data/secrets/key.txt"));
        var names = ImportFolder.files(ImportFolder.resolve(root, "mixed"), "mixed").stream().map(SourceFile::name).toList();
        assertEquals(List.of("real.txt"), names);
        var read = assertThrows(BusinessException.class, () -> ImportFolder.read(folder, new SourceFile(0, "key.txt")));
        assertEquals("key.txt is no longer a file in the import folder.", read.getMessage());
    }
}
