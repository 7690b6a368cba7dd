package org.factdesk.bulkimport.control;

import java.nio.file.Path;
import org.factdesk.bulkimport.entity.SourceKind;

/**
 * The files of one import, opened once for a run of its batch job: an archive read in place, or a folder below
 * the import root.
 */
public final class ImportSource implements AutoCloseable {

    private final ZipArchive archive;
    private final Path folder;

    private ImportSource(ZipArchive archive, Path folder) {
        this.archive = archive;
        this.folder = folder;
    }

    public static ImportSource open(SourceKind kind, String path, String label) {
        return kind == SourceKind.ZIP
                ? new ImportSource(ZipArchive.open(Path.of(path), label), null)
                : new ImportSource(null, Path.of(path));
    }

    public byte[] read(SourceFile file) {
        return archive != null ? archive.read(file) : ImportFolder.read(folder, file);
    }

    @Override
    public void close() {
        if (archive != null) {
            archive.close();
        }
    }
}
