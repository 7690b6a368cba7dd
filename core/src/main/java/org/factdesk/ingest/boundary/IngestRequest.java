package org.factdesk.ingest.boundary;

import java.nio.charset.StandardCharsets;
import org.factdesk.analysis.clean.SourceDecoder;

/**
 * One copy of a story handed to the desk: pasted text or an uploaded file's bytes.
 *
 * @param fileName the uploaded file's name, or null for pasted text
 * @param outletFromDocument whether a page that names its own site (og:site_name, its publisher, its byline's
 *        outlet) is filed under that name, with {@code outletName} only for pages that name none: true for a bulk
 *        import, where one archive holds many outlets' copies; false where someone typed the outlet of one story
 */
public record IngestRequest(String outletName, String url, String fileName, byte[] content, boolean outletFromDocument) {

    public IngestRequest(String outletName, String url, String fileName, byte[] content) {
        this(outletName, url, fileName, content, false);
    }

    /** A file of a bulk import: filed under the outlet it names, else under the one given for the import. */
    public static IngestRequest imported(String defaultOutlet, String fileName, byte[] content) {
        return new IngestRequest(defaultOutlet, null, fileName, content, true);
    }

    /**
     * @throws org.factdesk.shared.boundary.BusinessException when the text is over the size limit: refused by
     *         its length before it is encoded, since a 50 MB paste would otherwise be copied once more
     */
    public static IngestRequest pasted(String outletName, String url, String text) {
        if (text == null) {
            return new IngestRequest(outletName, url, null, new byte[0]);
        }
        // UTF-8 takes at least one byte per character, so a text longer than the limit is over it
        SourceDecoder.requireSize(text.length(), null);
        return new IngestRequest(outletName, url, null, text.getBytes(StandardCharsets.UTF_8));
    }

    public String label() {
        return fileName == null || fileName.isBlank() ? "pasted text" : fileName;
    }
}
