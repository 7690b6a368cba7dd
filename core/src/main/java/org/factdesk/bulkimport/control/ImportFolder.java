package org.factdesk.bulkimport.control;

import org.factdesk.bulkimport.boundary.ImportLimits;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.factdesk.article.control.SourceDecoder;
import org.factdesk.shared.boundary.BusinessException;

/**
 * Folders of story files on the server, strictly below the import root {@code ${factdesk.data}/import}: a name
 * that leads anywhere else (an absolute path, {@code ..}, a symbolic link out of the root) is refused.
 */
public final class ImportFolder {

    static final String DATA_PROPERTY = "factdesk.data";
    private static final int MAX_DEPTH = 8;

    private ImportFolder() {
    }

    /** The import root of this server; created on first use so that admins can see where to put files. */
    public static Path root() {
        var data = System.getProperty(DATA_PROPERTY);
        if (data == null || data.isBlank()) {
            throw new IllegalStateException("The system property " + DATA_PROPERTY + " names the data folder; it is set in factdesk.cli");
        }
        var root = Path.of(data, "import").toAbsolutePath().normalize();
        try {
            Files.createDirectories(root);
            return root.toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The real folder that {@code relative} names below the root, or a refusal a desk chief can act on. */
    public static Path resolve(Path root, String relative) {
        var name = relative == null ? "" : relative.strip();
        if (name.isEmpty()) {
            throw new BusinessException("import.folderMissing", root.toString());
        }
        try {
            var asked = Path.of(name);
            var candidate = root.resolve(asked).normalize();
            if (asked.isAbsolute() || !candidate.startsWith(root) || candidate.equals(root)) {
                throw outside(name, root);
            }
            if (!Files.isDirectory(candidate)) {
                throw new BusinessException("import.noSuchFolder", name, root.toString());
            }
            var real = candidate.toRealPath();
            if (!real.startsWith(root)) {
                throw outside(name, root);
            }
            return real;
        } catch (InvalidPathException e) {
            throw new BusinessException("import.notAFolderName", name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The files below the folder, sorted by path; hidden files and symbolic links are left out. */
    public static List<SourceFile> files(Path folder, String label) {
        List<String> names;
        try (Stream<Path> walk = Files.walk(folder, MAX_DEPTH)) {
            names = walk.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
                    .map(p -> folder.relativize(p).toString().replace('\\', '/'))
                    .filter(n -> !ZipArchive.isClutter(n))
                    .sorted(Comparator.naturalOrder())
                    .limit(ImportLimits.MAX_FILES + 1L)
                    .toList();
        } catch (IOException | UncheckedIOException e) {
            throw new BusinessException("import.folderUnlisted", label, e.getMessage());
        }
        if (names.size() > ImportLimits.MAX_FILES) {
            throw new BusinessException("import.tooManyFilesInFolder", label, ImportLimits.MAX_FILES);
        }
        if (names.isEmpty()) {
            throw new BusinessException("import.noFiles", label);
        }
        var files = new ArrayList<SourceFile>();
        for (var i = 0; i < names.size(); i++) {
            files.add(new SourceFile(i, names.get(i)));
        }
        return files;
    }

    /** One file's bytes, read only if it is still a plain file inside the folder. */
    public static byte[] read(Path folder, SourceFile file) {
        var name = file.name();
        SourceDecoder.requireSupportedName(name);
        var path = folder.resolve(name).normalize();
        if (!path.startsWith(folder) || !Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
            throw new BusinessException("import.fileGone", name);
        }
        try {
            if (!path.toRealPath().startsWith(folder)) {
                throw new BusinessException("import.fileLeadsOut", name);
            }
            SourceDecoder.requireSize(Files.size(path), name);
            try (var in = Files.newInputStream(path, LinkOption.NOFOLLOW_LINKS)) {
                return SourceDecoder.read(in, name);
            }
        } catch (IOException | UncheckedIOException e) {
            throw new BusinessException("import.fileUnreadable", name, e.getMessage());
        }
    }

    private static BusinessException outside(String name, Path root) {
        return new BusinessException("import.outsideFolder", name, root.toString());
    }
}
