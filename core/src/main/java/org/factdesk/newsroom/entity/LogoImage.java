package org.factdesk.newsroom.entity;

import java.util.Optional;

/**
 * The picture formats a logo may have, known by their first bytes rather than by a file name or a declared type,
 * which any client can set. SVG is not among them: it can carry script, and it would be served from Factdesk's own
 * address.
 */
public enum LogoImage {
    PNG("image/png", new int[]{0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}),
    JPEG("image/jpeg", new int[]{0xFF, 0xD8, 0xFF}),
    GIF("image/gif", new int[]{'G', 'I', 'F', '8'}),
    WEBP("image/webp", new int[]{'R', 'I', 'F', 'F', -1, -1, -1, -1, 'W', 'E', 'B', 'P'});

    private final String contentType;
    private final int[] signature;

    LogoImage(String contentType, int[] signature) {
        this.contentType = contentType;
        this.signature = signature;
    }

    public String contentType() {
        return contentType;
    }

    /** The format these bytes start with; -1 in a signature matches any byte. */
    public static Optional<LogoImage> of(byte[] bytes) {
        for (var format : values()) {
            if (format.starts(bytes)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }

    private boolean starts(byte[] bytes) {
        if (bytes == null || bytes.length < signature.length) {
            return false;
        }
        for (var i = 0; i < signature.length; i++) {
            if (signature[i] >= 0 && (bytes[i] & 0xFF) != signature[i]) {
                return false;
            }
        }
        return true;
    }
}
