package org.factdesk.article.boundary;

/** How much one document may weigh, so that one hostile input cannot stall the desk. */
public final class IngestLimits {

    /** Largest file or paste accepted: 5 MB. A long news page is well under 1 MB of HTML. */
    public static final int MAX_BYTES = 5 * 1024 * 1024;
    public static final String MAX_SIZE_LABEL = "5 MB";
    public static final int MAX_FILES_PER_UPLOAD = 50;

    private IngestLimits() {
    }
}
