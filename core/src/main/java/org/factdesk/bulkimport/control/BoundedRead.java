package org.factdesk.bulkimport.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import org.factdesk.article.control.IngestLimits;
import org.factdesk.shared.boundary.BusinessException;

/**
 * Reads a file's bytes but never more than one document may weigh, whatever size its source declared: the
 * last line of defence against archives that lie about their contents.
 */
final class BoundedRead {

    private BoundedRead() {
    }

    static byte[] of(InputStream in, String label) {
        try {
            var bytes = in.readNBytes(IngestLimits.MAX_BYTES + 1);
            if (bytes.length > IngestLimits.MAX_BYTES) {
                throw new BusinessException("ingest.overLimit", label, IngestLimits.MAX_SIZE_LABEL);
            }
            return Arrays.copyOf(bytes, bytes.length);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
