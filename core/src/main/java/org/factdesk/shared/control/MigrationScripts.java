package org.factdesk.shared.control;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.flywaydb.core.api.ResourceProvider;
import org.flywaydb.core.api.resource.LoadableResource;

/**
 * Hands Flyway the migration scripts listed in {@code db/migration/index.txt}. Flyway's own classpath scanning
 * does not see inside WildFly's virtual file system, so the scripts are named explicitly; a unit test keeps the
 * index and the folder in step.
 */
public class MigrationScripts implements ResourceProvider {

    static final String FOLDER = "db/migration/";
    static final String INDEX = FOLDER + "index.txt";

    private final ClassLoader loader;
    private final List<String> names;

    public MigrationScripts(ClassLoader loader) {
        this.loader = loader;
        this.names = readIndex(loader);
    }

    public List<String> names() {
        return names;
    }

    @Override
    public LoadableResource getResource(String name) {
        var file = name.startsWith(FOLDER) ? name.substring(FOLDER.length()) : name;
        return names.contains(file) ? new Script(file) : null;
    }

    @Override
    public Collection<LoadableResource> getResources(String prefix, String[] suffixes) {
        return names.stream()
                .filter(n -> n.startsWith(prefix) && Arrays.stream(suffixes).anyMatch(n::endsWith))
                .<LoadableResource>map(Script::new)
                .toList();
    }

    private static List<String> readIndex(ClassLoader loader) {
        try (var in = open(loader, INDEX);
             var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream open(ClassLoader loader, String path) {
        var in = loader.getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("Missing migration resource " + path);
        }
        return in;
    }

    private final class Script extends LoadableResource {
        private final String file;

        Script(String file) {
            this.file = file;
        }

        @Override
        public Reader read() {
            return new InputStreamReader(open(loader, FOLDER + file), StandardCharsets.UTF_8);
        }

        @Override
        public String getAbsolutePath() {
            return FOLDER + file;
        }

        @Override
        public String getAbsolutePathOnDisk() {
            return FOLDER + file;
        }

        @Override
        public String getFilename() {
            return file;
        }

        @Override
        public String getRelativePath() {
            return file;
        }
    }
}
