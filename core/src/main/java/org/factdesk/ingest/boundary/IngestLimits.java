package org.factdesk.ingest.boundary;

import org.factdesk.analysis.clean.SourceDecoder;

/** How much one document may weigh, so that one hostile input cannot stall the desk. */
public final class IngestLimits {

    /** Largest file or paste accepted, as the engine's decoder holds it ({@link SourceDecoder#MAX_BYTES}). */
    public static final int MAX_BYTES = SourceDecoder.MAX_BYTES;
    public static final String MAX_SIZE_LABEL = SourceDecoder.MAX_SIZE_LABEL;
    public static final int MAX_FILES_PER_UPLOAD = 50;

    private IngestLimits() {
    }
}
