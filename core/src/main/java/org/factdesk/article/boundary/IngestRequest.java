package org.factdesk.article.boundary;

/**
 * One copy of a story handed to the desk: pasted text or an uploaded file's bytes.
 *
 * @param fileName the uploaded file's name, or null for pasted text
 */
public record IngestRequest(String outletName, String url, String fileName, byte[] content) {

    public static IngestRequest pasted(String outletName, String url, String text) {
        return new IngestRequest(outletName, url, null,
                text == null ? new byte[0] : text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    public String label() {
        return fileName == null || fileName.isBlank() ? "pasted text" : fileName;
    }
}
