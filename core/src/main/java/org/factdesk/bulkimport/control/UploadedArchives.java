package org.factdesk.bulkimport.control;

import org.factdesk.bulkimport.boundary.ImportLimits;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.UUID;
import org.factdesk.shared.boundary.BusinessException;

/**
 * Uploaded ZIP archives, kept under {@code ${factdesk.data}/import-uploads} while their import runs, so that a
 * restart after a crash can read them again. Stored under a random name; the person's file name is only a label.
 */
public final class UploadedArchives {

    private UploadedArchives() {
    }

    public static Path store(InputStream content, String fileName) {
        var name = fileName == null ? "" : fileName.strip();
        if (!name.toLowerCase(Locale.ROOT).endsWith(".zip")) {
            if (name.isEmpty()) {
                throw new BusinessException("import.uploadNotZip");
            }
            throw new BusinessException("import.fileNotZip", name);
        }
        try {
            var folder = Files.createDirectories(ImportFolder.root().resolveSibling("import-uploads"));
            var target = folder.resolve(UUID.randomUUID() + ".zip");
            try (var in = content; var out = Files.newOutputStream(target)) {
                var copied = in.transferTo(new LimitedOutput(out, ImportLimits.MAX_ARCHIVE_BYTES));
                if (copied == 0) {
                    throw new BusinessException("import.archiveEmpty", name);
                }
            } catch (BusinessException | IOException | UncheckedIOException e) {
                Files.deleteIfExists(target);
                throw e;
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void discard(Path archive) {
        try {
            Files.deleteIfExists(archive);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Refuses to write past the archive limit, however large the upload claims or turns out to be. */
    private static final class LimitedOutput extends java.io.FilterOutputStream {
        private final long limit;
        private long written;

        LimitedOutput(java.io.OutputStream out, long limit) {
            super(out);
            this.limit = limit;
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            written += length;
            if (written > limit) {
                throw new BusinessException("import.archiveTooLarge", ImportLimits.MAX_ARCHIVE_LABEL);
            }
            out.write(bytes, offset, length);
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[]{(byte) b}, 0, 1);
        }
    }
}
