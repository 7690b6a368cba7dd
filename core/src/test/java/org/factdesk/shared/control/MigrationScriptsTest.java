package org.factdesk.shared.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Flyway finds migrations through the index only, so a script missing from it would silently never run. */
class MigrationScriptsTest {

    @Test
    void theIndexListsEveryMigrationScriptInOrder() throws IOException {
        try (var files = Files.list(Path.of("src/main/resources", MigrationScripts.FOLDER))) {
            var onDisk = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".sql")).sorted(
                    java.util.Comparator.comparingInt(n -> Integer.parseInt(n.substring(1, n.indexOf("__"))))).collect(Collectors.toList());
            assertEquals(onDisk, new MigrationScripts(getClass().getClassLoader()).names());
        }
    }

    @Test
    void flywayGetsEachScriptByPrefixAndSuffix() {
        var scripts = new MigrationScripts(getClass().getClassLoader());
        var found = scripts.getResources("V", new String[]{".sql"});
        assertEquals(scripts.names().size(), found.size());
        assertEquals("V1__initial_schema.sql", scripts.getResource("V1__initial_schema.sql").getFilename());
    }
}
