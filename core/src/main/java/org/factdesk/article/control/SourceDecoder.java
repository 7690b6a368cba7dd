package org.factdesk.article.control;

import org.factdesk.article.boundary.IngestLimits;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.factdesk.analysis.EngineWarning;
import org.factdesk.shared.boundary.BusinessException;
import org.factdesk.shared.boundary.TooLargeException;

/**
 * Turns uploaded bytes into text, or refuses them with a reason a journalist can act on:
 * empty, too large, or not text at all. A refusal names the file; text without a file name (pasted, or an API
 * request body) is called "the text" in the reader's language.
 */
public final class SourceDecoder {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private SourceDecoder() {
    }

    /** Factdesk reads plain text and HTML; anything else is refused by name before it is read. */
    public static void requireSupportedName(String fileName) {
        var lower = fileName == null ? "" : fileName.toLowerCase(java.util.Locale.ROOT);
        if (!(lower.endsWith(".txt") || lower.endsWith(".html") || lower.endsWith(".htm"))) {
            throw new BusinessException("ingest.unsupportedFile", fileName);
        }
    }

    /** @param fileName the document's file name, or null for text without one */
    public static void requireSize(long size, String fileName) {
        if (size > IngestLimits.MAX_BYTES) {
            var megabytes = size / (1024.0 * 1024.0);
            throw fileName == null ? new TooLargeException("ingest.textTooLarge", megabytes, IngestLimits.MAX_SIZE_LABEL)
                    : new TooLargeException("ingest.tooLarge", fileName, megabytes, IngestLimits.MAX_SIZE_LABEL);
        }
    }

    /**
     * Reads a document's bytes but never more than one document may weigh, whatever size its source declared: the
     * last line of defence against uploads and archives that lie about their size.
     */
    public static byte[] read(InputStream in, String fileName) {
        try {
            var bytes = in.readNBytes(IngestLimits.MAX_BYTES + 1);
            if (bytes.length > IngestLimits.MAX_BYTES) {
                throw fileName == null ? new TooLargeException("ingest.textOverLimit", IngestLimits.MAX_SIZE_LABEL)
                        : new TooLargeException("ingest.overLimit", fileName, IngestLimits.MAX_SIZE_LABEL);
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A document's text and the character set it was read in: a document that is not valid UTF-8 is read as
     * Windows-1252, which may have misread some letters, so the desk is told.
     */
    public record Decoded(String text, boolean windows1252) {

        /** What the article's page and the API say about how it was read, if anything. */
        public List<EngineWarning> warnings() {
            return windows1252 ? List.of(EngineWarning.of("engine.readAsWindows1252")) : List.of();
        }
    }

    /** @param fileName the document's file name, or null for text without one */
    public static String decode(byte[] bytes, String fileName) {
        return read(bytes, fileName).text();
    }

    /** @param fileName the document's file name, or null for text without one */
    public static Decoded read(byte[] bytes, String fileName) {
        if (bytes == null || bytes.length == 0) {
            throw fileName == null ? new BusinessException("ingest.textEmpty") : new BusinessException("ingest.empty", fileName);
        }
        requireSize(bytes.length, fileName);
        if (looksBinary(bytes)) {
            throw fileName == null ? new BusinessException("ingest.textBinary") : new BusinessException("ingest.binary", fileName);
        }
        var text = strictUtf8(bytes);
        var windows1252 = text == null;
        if (windows1252) {
            // Not valid UTF-8: older pages are usually Windows-1252, which maps every byte.
            text = new String(bytes, WINDOWS_1252);
        }
        text = text.startsWith("\uFEFF") ? text.substring(1) : text;
        if (text.isBlank()) {
            throw fileName == null ? new BusinessException("ingest.textBlank") : new BusinessException("ingest.blank", fileName);
        }
        return new Decoded(text, windows1252);
    }

    /** NUL bytes never occur in text; many other control bytes are a strong hint too. */
    static boolean looksBinary(byte[] bytes) {
        var sample = Math.min(bytes.length, 8192);
        var suspicious = 0;
        for (var i = 0; i < sample; i++) {
            var b = bytes[i] & 0xff;
            if (b == 0) {
                return true;
            }
            if (b < 0x09 || (b > 0x0d && b < 0x20 && b != 0x1b)) {
                suspicious++;
            }
        }
        return suspicious * 100 > sample * 2;
    }

    private static String strictUtf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
