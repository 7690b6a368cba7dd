package org.factdesk.bulkimport.control;

import org.factdesk.bulkimport.boundary.ImportLimits;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.factdesk.article.boundary.IngestLimits;
import org.factdesk.article.control.SourceDecoder;
import org.factdesk.shared.boundary.BusinessException;

/**
 * A ZIP archive of story files, read in place: nothing is unpacked to disk, so entry names such as
 * {@code ../../etc/passwd} are only ever labels. Folders and the clutter desktop archivers add are skipped.
 */
public final class ZipArchive implements AutoCloseable {

    /** Windows archivers write names in the old DOS code page rather than UTF-8. */
    private static final Charset DOS = Charset.forName("IBM437");

    private final ZipFile zip;
    private final List<? extends ZipEntry> entries;

    private ZipArchive(ZipFile zip) {
        this.zip = zip;
        this.entries = zip.stream().toList();
    }

    /** @param label how the person knows the archive, for messages */
    public static ZipArchive open(Path file, String label) {
        try {
            return new ZipArchive(open(file, StandardCharsets.UTF_8));
        } catch (ZipException | IllegalArgumentException notUtf8) {
            try {
                return new ZipArchive(open(file, DOS));
            } catch (ZipException | IllegalArgumentException e) {
                throw new BusinessException("import.notZip", label);
            }
        }
    }

    private static ZipFile open(Path file, Charset names) throws ZipException {
        try {
            return new ZipFile(file.toFile(), names);
        } catch (ZipException e) {
            throw e;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The story files to import, in archive order, after checking the archive as a whole against the limits. */
    public List<SourceFile> files(String label) {
        var files = new ArrayList<SourceFile>();
        long unpacked = 0;
        long compressed = 0;
        for (var position = 0; position < entries.size(); position++) {
            var entry = entries.get(position);
            if (entry.isDirectory() || isClutter(entry.getName())) {
                continue;
            }
            files.add(new SourceFile(position, entry.getName()));
            unpacked += Math.max(0, entry.getSize());
            compressed += Math.max(0, entry.getCompressedSize());
            if (files.size() > ImportLimits.MAX_FILES) {
                throw new BusinessException("import.tooManyFilesInArchive", label, ImportLimits.MAX_FILES);
            }
        }
        if (unpacked > ImportLimits.MAX_UNPACKED_BYTES) {
            throw new BusinessException("import.unpacksTooLarge", label, ImportLimits.MAX_UNPACKED_LABEL);
        }
        // many files each just under the per-file check add up to the same attack as one large file
        if (unpacked >= ImportLimits.RATIO_CHECKED_FROM_BYTES && compressed > 0
                && unpacked / compressed > ImportLimits.SUSPICIOUS_RATIO) {
            throw new BusinessException("import.archivePossibleBomb", label, unpacked / compressed);
        }
        if (files.isEmpty()) {
            throw new BusinessException("import.noFiles", label);
        }
        return files;
    }

    /** One file's bytes, or a refusal with the reason: wrong type, too large, a likely bomb, unreadable. */
    public byte[] read(SourceFile file) {
        if (file.position() < 0 || file.position() >= entries.size()) {
            throw new BusinessException("import.entryGone", file.name());
        }
        var entry = entries.get(file.position());
        var name = entry.getName();
        SourceDecoder.requireSupportedName(name);
        if (entry.getSize() > IngestLimits.MAX_BYTES) {
            SourceDecoder.requireSize(entry.getSize(), name);
        }
        if (entry.getSize() >= ImportLimits.RATIO_CHECKED_FROM_BYTES && entry.getCompressedSize() > 0
                && entry.getSize() / entry.getCompressedSize() > ImportLimits.SUSPICIOUS_RATIO) {
            throw new BusinessException("import.possibleBomb", name, entry.getSize() / entry.getCompressedSize());
        }
        try (var in = zip.getInputStream(entry)) {
            return SourceDecoder.read(in, name);
        } catch (IOException | UncheckedIOException e) {
            throw new BusinessException("import.entryUnreadable", name, rootMessage(e));
        }
    }

    /** Resource forks and desktop metadata that macOS and Windows put into archives; never stories. */
    static boolean isClutter(String name) {
        for (var part : name.split("/")) {
            var hidden = part.startsWith(".") && !part.equals(".") && !part.equals("..");
            if (hidden || part.equals("__MACOSX") || part.equalsIgnoreCase("Thumbs.db")) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Exception e) {
        Throwable cause = e;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }

    @Override
    public void close() {
        try {
            zip.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
