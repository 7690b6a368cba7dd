package org.factdesk.analysis;

import java.util.Objects;

/**
 * A line or fragment that cleaning cut, with why.
 *
 * @param text   exactly as it stood in the source, white space collapsed; restoring it puts this text back
 * @param reason what kind of furniture cleaning took it for
 */
public record RemovedLine(String text, RemovalReason reason) {

    public RemovedLine {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(reason, "reason");
    }
}
